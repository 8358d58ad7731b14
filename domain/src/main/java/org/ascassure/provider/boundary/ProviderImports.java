package org.ascassure.provider.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Optional;
import org.ascassure.council.boundary.Councils;
import org.ascassure.platform.boundary.NotFoundException;
import org.ascassure.provider.control.CqcDirectoryCsv;
import org.ascassure.provider.control.ImportBatches;
import org.ascassure.provider.control.ImportRunner;
import org.ascassure.provider.entity.ProviderImport;
import org.ascassure.security.boundary.Access;

/**
 * Imports a CQC care directory file: the file is read at once (a file that cannot be read, or has
 * no location id column, is refused whole), then its rows are written in the background while the
 * job's counts say how far it got. Re-importing the same file changes nothing and says so.
 */
@Stateless
public class ProviderImports {

  @PersistenceContext EntityManager em;

  @Inject Access access;

  @Inject Councils councils;

  @Inject ImportBatches batches;

  @Inject ImportRunner runner;

  /** Outside a transaction: the job must be committed before the background work looks for it. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ProviderImport start(long councilId, String fileName, String content) {
    councils.get(councilId);
    access.requireRole(councilId, "import providers", Providers.WRITERS);
    CqcDirectoryCsv.Parsed parsed = CqcDirectoryCsv.read(content);
    String name = fileName == null || fileName.isBlank() ? "upload.csv" : fileName.strip();
    if (name.length() > ProviderImport.FILE_NAME_LENGTH) {
      name = name.substring(name.length() - ProviderImport.FILE_NAME_LENGTH);
    }
    long jobId = batches.createJob(councilId, name, parsed);
    if (!parsed.rows().isEmpty()) {
      runner.run(jobId, new ArrayList<>(parsed.rows()));
    }
    return get(jobId);
  }

  public Optional<ProviderImport> find(long id) {
    return Optional.ofNullable(em.find(ProviderImport.class, id))
        .filter(job -> access.canRead(job.councilId()));
  }

  /** The job as it stands now (jobs are not in the shared cache: each read is fresh). */
  public ProviderImport get(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("Provider import", id));
  }
}
