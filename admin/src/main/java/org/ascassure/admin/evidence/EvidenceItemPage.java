package org.ascassure.admin.evidence;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.ascassure.admin.platform.Messages;
import org.ascassure.admin.platform.Navigation;
import org.ascassure.citation.boundary.Citations;
import org.ascassure.council.boundary.Councils;
import org.ascassure.council.entity.Council;
import org.ascassure.evidence.boundary.EvidenceBank;
import org.ascassure.evidence.boundary.EvidenceDetails;
import org.ascassure.evidence.control.ContentTypes;
import org.ascassure.evidence.entity.EvidenceItem;
import org.ascassure.evidence.entity.EvidenceStatus;
import org.ascassure.framework.boundary.FrameworkCatalogue;
import org.ascassure.framework.entity.EvidenceCategory;
import org.ascassure.framework.entity.QualityStatement;
import org.ascassure.platform.boundary.DomainException;
import org.ascassure.platform.boundary.StaleVersionException;

/**
 * One evidence item: without an id (and with a council) the page adds one. The version read when
 * the page opened travels with every change, so a save over someone else's newer change is refused
 * and explained, and what was typed stays in the form.
 */
@Named
@ViewScoped
public class EvidenceItemPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject EvidenceBank bank;

  @Inject Councils councils;

  @Inject FrameworkCatalogue frameworks;

  @Inject transient Citations citations;

  private Long id;
  private Long councilId;
  private long version;
  private String title;
  private String description;
  private List<String> categories = new ArrayList<>();
  private List<String> statements = new ArrayList<>();
  private String owner;
  private LocalDate evidenceDate;
  private LocalDate reviewBy;
  private EvidenceStatus status = EvidenceStatus.CURRENT;
  private String link;
  private String reason;
  private transient Part file;
  private EvidenceItem item;
  private Council council;
  private transient List<Citations.Place> citedIn;

  /** The view action: reads the item the address names, or the council to add one to. */
  public void load() {
    if (id != null) {
      item = bank.find(id).orElse(null);
      if (item == null) {
        Navigation.notFound();
        return;
      }
      council = item.getCouncil();
      councilId = council.getId();
      version = item.getVersion();
      title = item.getTitle();
      description = item.getDescription();
      categories = new ArrayList<>(item.getCategoryCodes());
      statements = new ArrayList<>(item.getStatementCodes());
      owner = item.getOwner();
      evidenceDate = item.getEvidenceDate();
      reviewBy = item.getReviewBy();
      status = item.getStatus();
      link = item.getLink();
      return;
    }
    council = councilId == null ? null : councils.find(councilId).orElse(null);
    if (council == null) {
      Navigation.notFound();
    } else if (!bank.canChange(councilId)) {
      Navigation.forbidden();
    }
  }

  public String save() {
    EvidenceDetails details =
        new EvidenceDetails(
            title,
            description,
            new LinkedHashSet<>(categories),
            new LinkedHashSet<>(statements),
            owner,
            evidenceDate,
            reviewBy,
            status,
            link);
    try {
      EvidenceItem saved =
          id == null ? bank.create(councilId, details) : bank.update(id, version, details);
      Messages.info(
          saved.getRef()
              + " "
              + saved.getTitle()
              + (id == null ? " has been added." : " has been saved."));
      return itself(saved);
    } catch (StaleVersionException stale) {
      Messages.error(
          "Someone else changed this evidence item while you were editing it, so your changes"
              + " were not saved. Your entries are still in the form: open the item again in a"
              + " new tab to see the latest version, then make your changes there.");
    } catch (DomainException rejected) {
      Messages.of(rejected);
    }
    return null;
  }

  public String upload() {
    if (file == null || file.getSize() == 0) {
      Messages.error("Choose a file to upload first.");
      return null;
    }
    try (InputStream content = file.getInputStream()) {
      EvidenceItem saved = bank.attachFile(id, version, file.getSubmittedFileName(), content);
      Messages.info(
          saved.getFile().orElseThrow().fileName()
              + " has been uploaded to "
              + saved.getRef()
              + ".");
      return itself(saved);
    } catch (StaleVersionException stale) {
      Messages.error(
          "Someone else changed this evidence item since you opened it, so the file was not"
              + " uploaded. Open the item again, then upload the file there.");
    } catch (DomainException rejected) {
      Messages.of(rejected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return null;
  }

  public String withdraw() {
    try {
      EvidenceItem saved = bank.withdraw(id, version, reason);
      Messages.info(saved.getRef() + " has been withdrawn. Its reference will not be used again.");
      return itself(saved);
    } catch (StaleVersionException stale) {
      Messages.error(
          "Someone else changed this evidence item since you opened it, so it was not withdrawn."
              + " Open the item again to see the latest version.");
    } catch (DomainException rejected) {
      Messages.of(rejected);
    }
    return null;
  }

  private static String itself(EvidenceItem saved) {
    return "/evidence/item?faces-redirect=true&id=" + saved.getId();
  }

  public boolean isNew() {
    return id == null;
  }

  /** Whether the caller may change this item: leads and administrators, while not withdrawn. */
  public boolean isEditable() {
    return councilId != null && bank.canChange(councilId) && (item == null || !item.isWithdrawn());
  }

  public String getAllowedFiles() {
    return ContentTypes.ALLOWED;
  }

  public long getMaxFileMegabytes() {
    return bank.maxFileBytes() / (1024 * 1024);
  }

  public long getMaxFileBytes() {
    return bank.maxFileBytes();
  }

  public List<EvidenceCategory> getCategoryChoices() {
    return bank.categories();
  }

  public List<QualityStatement> getStatementChoices() {
    return frameworks.getByCode(EvidenceBank.FRAMEWORK).statements();
  }

  /** Statuses one may give an item; withdrawal has its own action. */
  public List<EvidenceStatus> getStatusChoices() {
    return List.of(EvidenceStatus.DRAFT, EvidenceStatus.CURRENT, EvidenceStatus.EXPIRED);
  }

  /** The item's back-links: every place in the council's self-assessments that cites it. */
  public List<Citations.Place> getCitedIn() {
    if (citedIn == null) {
      citedIn = item == null ? List.of() : citations.citing(item);
    }
    return citedIn;
  }

  public EvidenceItem getItem() {
    return item;
  }

  public Council getCouncil() {
    return council;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getCouncilId() {
    return councilId;
  }

  public void setCouncilId(Long councilId) {
    this.councilId = councilId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public List<String> getCategories() {
    return categories;
  }

  public void setCategories(List<String> categories) {
    this.categories = categories == null ? new ArrayList<>() : categories;
  }

  public List<String> getStatements() {
    return statements;
  }

  public void setStatements(List<String> statements) {
    this.statements = statements == null ? new ArrayList<>() : statements;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public LocalDate getEvidenceDate() {
    return evidenceDate;
  }

  public void setEvidenceDate(LocalDate evidenceDate) {
    this.evidenceDate = evidenceDate;
  }

  public LocalDate getReviewBy() {
    return reviewBy;
  }

  public void setReviewBy(LocalDate reviewBy) {
    this.reviewBy = reviewBy;
  }

  public EvidenceStatus getStatus() {
    return status;
  }

  public void setStatus(EvidenceStatus status) {
    this.status = status;
  }

  public String getLink() {
    return link;
  }

  public void setLink(String link) {
    this.link = link;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
