package org.ascassure.admin.provider;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.ascassure.admin.platform.Messages;
import org.ascassure.admin.platform.Navigation;
import org.ascassure.council.boundary.Councils;
import org.ascassure.council.entity.Council;
import org.ascassure.platform.boundary.DomainException;
import org.ascassure.provider.boundary.ProviderImports;
import org.ascassure.provider.boundary.Providers;
import org.ascassure.provider.entity.ImportStatus;
import org.ascassure.provider.entity.ProviderImport;

/**
 * Uploading a CQC care directory file: the import runs in the background and the page polls its
 * counts each second until it is done, then lists the rows it could not use.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Files larger than this are refused before reading (CQC's national file is ~15 MB). */
  static final long MAX_BYTES = 30L * 1024 * 1024;

  @Inject transient ProviderImports imports;

  @Inject transient Providers providers;

  @Inject transient Councils councils;

  private Long councilId;
  private Long jobId;
  private transient Part file;
  private transient Council council;
  private transient ProviderImport job;

  public void load() {
    if (councilId == null || getCouncil() == null) {
      Navigation.notFound();
    } else if (!providers.canWrite(councilId)) {
      Navigation.forbidden();
    }
  }

  public Council getCouncil() {
    if (council == null && councilId != null) {
      council = councils.find(councilId).orElse(null);
    }
    return council;
  }

  public String upload() {
    if (file == null || file.getSize() == 0) {
      Messages.error("Choose a CSV file to import first.");
      return null;
    }
    if (file.getSize() > MAX_BYTES) {
      Messages.error("The file is larger than 30 MB; split it and import the parts.");
      return null;
    }
    try (InputStream in = file.getInputStream()) {
      String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      job = imports.start(councilId, file.getSubmittedFileName(), content);
      jobId = job.getId();
      return null;
    } catch (DomainException rejected) {
      Messages.of(rejected);
      return null;
    } catch (IOException e) {
      Messages.error("The file could not be read: " + e.getMessage());
      return null;
    }
  }

  /** The job as it stands (re-read at each poll). */
  public ProviderImport getJob() {
    if (jobId == null) {
      return null;
    }
    if (job == null) {
      job = imports.get(jobId);
    }
    return job;
  }

  /** Re-reads the job; the poll calls it. */
  public void refresh() {
    job = null;
  }

  public boolean isRunning() {
    return getJob() != null && getJob().getStatus() == ImportStatus.RUNNING;
  }

  public Long getCouncilId() {
    return councilId;
  }

  public void setCouncilId(Long councilId) {
    this.councilId = councilId;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
