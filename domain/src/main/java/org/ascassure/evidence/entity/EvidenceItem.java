package org.ascassure.evidence.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.ascassure.council.entity.Council;
import org.ascassure.platform.entity.Tracked;

/**
 * One piece of evidence in a council's evidence bank, known by its reference (E15) for good. Its
 * evidence date says when it was true; its review-by date when it stops being trusted without a
 * fresh look.
 */
@Entity
@Table(name = "evidence_item")
@NamedQuery(
    name = EvidenceItem.OF_COUNCIL,
    query = "select e from EvidenceItem e where e.council.id = :councilId order by e.refNumber")
@NamedQuery(
    name = EvidenceItem.BY_REF,
    query =
        "select e from EvidenceItem e where e.council.id = :councilId and e.refNumber = :number")
@NamedQuery(
    name = EvidenceItem.COUNT_OF_COUNCIL,
    query = "select count(e) from EvidenceItem e where e.council.id = :councilId")
public class EvidenceItem extends Tracked {

  public static final String OF_COUNCIL = "EvidenceItem.ofCouncil";
  public static final String BY_REF = "EvidenceItem.byRef";
  public static final String COUNT_OF_COUNCIL = "EvidenceItem.countOfCouncil";

  public static final int TITLE_LENGTH = 300;
  public static final int DESCRIPTION_LENGTH = 4000;
  public static final int OWNER_LENGTH = 200;
  public static final int LINK_LENGTH = 1000;
  public static final int REASON_LENGTH = 1000;

  /** Review-by dates and expiry are read on the council's calendar. */
  public static final ZoneId UK = ZoneId.of("Europe/London");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "council_id", nullable = false, updatable = false)
  private Council council;

  @Column(name = "ref_number", nullable = false, updatable = false)
  private int refNumber;

  @Column(name = "title", nullable = false, length = TITLE_LENGTH)
  private String title;

  @Column(name = "description", length = DESCRIPTION_LENGTH)
  private String description;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "evidence_item_category", joinColumns = @JoinColumn(name = "item_id"))
  @Column(name = "category_code", nullable = false, length = 40)
  private Set<String> categoryCodes = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "evidence_item_statement", joinColumns = @JoinColumn(name = "item_id"))
  @Column(name = "statement_code", nullable = false, length = 10)
  private Set<String> statementCodes = new TreeSet<>();

  @Column(name = "owner", length = OWNER_LENGTH)
  private String owner;

  @Column(name = "evidence_date")
  private LocalDate evidenceDate;

  @Column(name = "review_by")
  private LocalDate reviewBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private EvidenceStatus status;

  @Column(name = "link_url", length = LINK_LENGTH)
  private String link;

  @Column(name = "withdrawal_reason", length = REASON_LENGTH)
  private String withdrawalReason;

  @Column(name = "file_name", length = StoredFile.NAME_LENGTH)
  private String fileName;

  @Column(name = "file_media_type", length = StoredFile.MEDIA_TYPE_LENGTH)
  private String fileMediaType;

  @Column(name = "file_size")
  private Long fileSize;

  @Column(name = "file_sha256", length = 64)
  private String fileSha256;

  @Column(name = "file_storage_key", length = StoredFile.KEY_LENGTH)
  private String fileStorageKey;

  protected EvidenceItem() {}

  /** A new item under the number the council's counter gave out; describe it next. */
  public EvidenceItem(Council council, EvidenceRef ref) {
    this.council = council;
    this.refNumber = ref.number();
    this.status = EvidenceStatus.DRAFT;
  }

  /**
   * Replaces what the item says about itself. The values must already be checked: codes against the
   * framework, lengths, the link's scheme. Withdrawal is not a status one describes: see {@link
   * #withdraw(String)}.
   */
  public void describe(
      String title,
      String description,
      Collection<String> categoryCodes,
      Collection<String> statementCodes,
      String owner,
      LocalDate evidenceDate,
      LocalDate reviewBy,
      EvidenceStatus status,
      String link) {
    if (status == EvidenceStatus.WITHDRAWN) {
      throw new IllegalArgumentException("withdraw(reason) retires an item");
    }
    this.title = title;
    this.description = description;
    this.categoryCodes.clear();
    this.categoryCodes.addAll(categoryCodes);
    this.statementCodes.clear();
    this.statementCodes.addAll(statementCodes);
    this.owner = owner;
    this.evidenceDate = evidenceDate;
    this.reviewBy = reviewBy;
    this.status = status;
    this.link = link;
  }

  /** Retires the item for good; it keeps its number, so citations of it stay readable. */
  public void withdraw(String reason) {
    this.status = EvidenceStatus.WITHDRAWN;
    this.withdrawalReason = reason;
  }

  /** Puts a (new) file on the item; the previous one, if any, is no longer the item's. */
  public void attachFile(StoredFile file) {
    this.fileName = file.fileName();
    this.fileMediaType = file.mediaType();
    this.fileSize = file.size();
    this.fileSha256 = file.sha256();
    this.fileStorageKey = file.storageKey();
  }

  public boolean isWithdrawn() {
    return status == EvidenceStatus.WITHDRAWN;
  }

  /** The status as a reader should see it today: a current item past its review-by has expired. */
  public EvidenceStatus effectiveStatus() {
    return effectiveStatus(LocalDate.now(UK));
  }

  public EvidenceStatus effectiveStatus(LocalDate today) {
    if (status == EvidenceStatus.CURRENT && reviewBy != null && reviewBy.isBefore(today)) {
      return EvidenceStatus.EXPIRED;
    }
    return status;
  }

  public Long getId() {
    return id;
  }

  public Council getCouncil() {
    return council;
  }

  public EvidenceRef getRef() {
    return new EvidenceRef(refNumber);
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public Set<String> getCategoryCodes() {
    return Set.copyOf(categoryCodes);
  }

  public Set<String> getStatementCodes() {
    return Set.copyOf(statementCodes);
  }

  public String getOwner() {
    return owner;
  }

  public LocalDate getEvidenceDate() {
    return evidenceDate;
  }

  public LocalDate getReviewBy() {
    return reviewBy;
  }

  public EvidenceStatus getStatus() {
    return status;
  }

  public String getLink() {
    return link;
  }

  public String getWithdrawalReason() {
    return withdrawalReason;
  }

  public Optional<StoredFile> getFile() {
    return fileStorageKey == null
        ? Optional.empty()
        : Optional.of(
            new StoredFile(fileName, fileMediaType, fileSize, fileSha256, fileStorageKey));
  }

  @Override
  public String auditType() {
    return "EvidenceItem";
  }

  @Override
  public Object auditId() {
    return id;
  }

  @Override
  public Long auditCouncilId() {
    return council == null ? null : council.getId();
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("ref", "E" + refNumber);
    state.put("title", title);
    state.put("description", description);
    state.put("categories", String.join(",", new TreeSet<>(categoryCodes)));
    state.put("statements", String.join(",", new TreeSet<>(statementCodes)));
    state.put("owner", owner);
    state.put("evidenceDate", evidenceDate == null ? null : evidenceDate.toString());
    state.put("reviewBy", reviewBy == null ? null : reviewBy.toString());
    state.put("status", status == null ? null : status.name());
    state.put("link", link);
    state.put("withdrawalReason", withdrawalReason);
    state.put("fileName", fileName);
    state.put("fileMediaType", fileMediaType);
    state.put("fileSize", fileSize);
    state.put("fileSha256", fileSha256);
    return state;
  }
}
