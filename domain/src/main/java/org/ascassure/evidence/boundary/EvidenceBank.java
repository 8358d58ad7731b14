package org.ascassure.evidence.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.ascassure.council.boundary.Councils;
import org.ascassure.council.entity.Council;
import org.ascassure.evidence.control.FileStore;
import org.ascassure.evidence.entity.EvidenceItem;
import org.ascassure.evidence.entity.EvidenceRef;
import org.ascassure.evidence.entity.EvidenceStatus;
import org.ascassure.evidence.entity.StoredFile;
import org.ascassure.framework.boundary.FrameworkCatalogue;
import org.ascassure.framework.entity.EvidenceCategory;
import org.ascassure.framework.entity.Framework;
import org.ascassure.framework.entity.StatementCode;
import org.ascassure.platform.boundary.ConflictException;
import org.ascassure.platform.boundary.FieldError;
import org.ascassure.platform.boundary.ForbiddenException;
import org.ascassure.platform.boundary.InvalidInputException;
import org.ascassure.platform.boundary.NotFoundException;
import org.ascassure.platform.boundary.Page;
import org.ascassure.platform.boundary.PageRequest;
import org.ascassure.platform.boundary.StaleVersionException;
import org.ascassure.platform.control.Texts;
import org.ascassure.security.boundary.Access;
import org.ascassure.security.entity.Role;

/**
 * A council's evidence bank: leads (and administrators) add, change, withdraw and attach files;
 * every member reads. References are handed out in order per council and never reused.
 */
@Stateless
public class EvidenceBank {

  /** The framework whose categories and statements evidence is tagged with. */
  public static final String FRAMEWORK = "cqc-la-2023";

  @PersistenceContext EntityManager em;

  @Inject Access access;

  @Inject Councils councils;

  @Inject FrameworkCatalogue frameworks;

  @Inject FileStore files;

  @Resource TransactionSynchronizationRegistry transaction;

  /** Adds an item under the council's next reference (E1 for its first). */
  public EvidenceItem create(long councilId, EvidenceDetails details) {
    Council council = councils.get(councilId);
    access.requireRole(councilId, "add evidence", Role.LEAD);
    Checked checked = check(details);
    requireInScope(councilId, checked.statements(), "add");
    EvidenceItem item = new EvidenceItem(council, nextRef(councilId));
    checked.applyTo(item);
    em.persist(item);
    em.flush();
    return item;
  }

  /** Changes an item if nobody else has since the caller read version {@code expectedVersion}. */
  public EvidenceItem update(long id, long expectedVersion, EvidenceDetails details) {
    EvidenceItem item = changeable(id, expectedVersion, "change evidence");
    Checked checked = check(details);
    requireInScope(item.getCouncil().getId(), checked.statements(), "change");
    checked.applyTo(item);
    em.flush();
    return item;
  }

  /** Retires an item for good; it keeps its reference so citations of it can be explained. */
  public EvidenceItem withdraw(long id, long expectedVersion, String reason) {
    EvidenceItem item = changeable(id, expectedVersion, "withdraw evidence");
    String text = reason == null ? "" : reason.strip();
    if (text.isEmpty()) {
      throw new InvalidInputException("reason", "Say why the item is withdrawn.");
    }
    if (text.length() > EvidenceItem.REASON_LENGTH) {
      throw new InvalidInputException(
          "reason", "The reason may have at most " + EvidenceItem.REASON_LENGTH + " characters.");
    }
    item.withdraw(text);
    em.flush();
    return item;
  }

  /**
   * Stores an uploaded file and puts it on the item in place of any earlier one. The earlier file
   * is deleted once the change is committed; the new one if the change is rolled back.
   */
  public EvidenceItem attachFile(
      long id, long expectedVersion, String fileName, InputStream content) {
    EvidenceItem item = changeable(id, expectedVersion, "upload evidence files");
    String name = safeFileName(fileName);
    StoredFile stored = files.store(content, name);
    Optional<String> previous = item.getFile().map(StoredFile::storageKey);
    transaction.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              previous.ifPresent(files::delete);
            } else {
              files.delete(stored.storageKey());
            }
          }
        });
    item.attachFile(stored);
    em.flush();
    return item;
  }

  /** The item's file, for download by anyone who may read the item. */
  public FileContent fileOf(long id) {
    EvidenceItem item = get(id);
    StoredFile file =
        item.getFile().orElseThrow(() -> new NotFoundException("File of evidence item", id));
    return new FileContent(file, () -> files.open(file.storageKey()));
  }

  /**
   * Whether the caller may add and change evidence at the council (pages hide what they may not).
   */
  public boolean canChange(long councilId) {
    Access.Caller caller = access.caller();
    return caller.seesEverything() || caller.hasRoleAt(councilId, Role.LEAD);
  }

  /** The largest upload accepted, in bytes. */
  public long maxFileBytes() {
    return files.maxBytes();
  }

  /** The item, if it exists and the caller may see its council. */
  public Optional<EvidenceItem> find(long id) {
    return Optional.ofNullable(em.find(EvidenceItem.class, id))
        .filter(item -> access.canRead(item.getCouncil().getId()));
  }

  public EvidenceItem get(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("Evidence item", id));
  }

  /** Every item of the council, withdrawn ones too, by reference. */
  public List<EvidenceItem> allOfCouncil(long councilId) {
    access.requireRead(councilId);
    return em.createNamedQuery(EvidenceItem.OF_COUNCIL, EvidenceItem.class)
        .setParameter("councilId", councilId)
        .getResultList();
  }

  /** The item the council knows by {@code ref}, if there is one and the caller may see it. */
  public Optional<EvidenceItem> findByRef(long councilId, EvidenceRef ref) {
    if (!access.canRead(councilId)) {
      return Optional.empty();
    }
    return em.createNamedQuery(EvidenceItem.BY_REF, EvidenceItem.class)
        .setParameter("councilId", councilId)
        .setParameter("number", ref.number())
        .getResultStream()
        .findFirst();
  }

  /** The items matching the filter, by reference, a page at a time. */
  public Page<EvidenceItem> search(long councilId, EvidenceFilter filter, PageRequest request) {
    councils.get(councilId);
    EvidenceFilter f = filter == null ? EvidenceFilter.none() : filter;
    StringBuilder where = new StringBuilder(" where e.council.id = :councilId");
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("councilId", councilId);
    String text = Texts.blankToNull(f.text());
    if (text != null) {
      where.append(" and (lower(e.title) like :text escape '!'");
      where.append(" or lower(e.description) like :text escape '!'");
      refIn(text)
          .ifPresent(
              ref -> {
                where.append(" or e.refNumber = :refNumber");
                parameters.put("refNumber", ref.number());
              });
      where.append(")");
      parameters.put("text", contains(text));
    }
    String category = Texts.blankToNull(f.categoryCode());
    if (category != null) {
      where.append(" and :category member of e.categoryCodes");
      parameters.put("category", category.toUpperCase(Locale.ROOT));
    }
    String statement = Texts.blankToNull(f.statementCode());
    if (statement != null) {
      where.append(" and :statement member of e.statementCodes");
      parameters.put("statement", statement.toUpperCase(Locale.ROOT));
    }
    if (f.status() != null) {
      statusCondition(f.status(), where, parameters);
    }
    String owner = Texts.blankToNull(f.owner());
    if (owner != null) {
      where.append(" and lower(e.owner) like :owner escape '!'");
      parameters.put("owner", contains(owner));
    }
    TypedQuery<EvidenceItem> items =
        em.createQuery(
            "select e from EvidenceItem e" + where + " order by e.refNumber", EvidenceItem.class);
    TypedQuery<Long> total =
        em.createQuery("select count(e) from EvidenceItem e" + where, Long.class);
    parameters.forEach(
        (name, value) -> {
          items.setParameter(name, value);
          total.setParameter(name, value);
        });
    return new Page<>(
        items.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList(),
        request.page(),
        request.size(),
        total.getSingleResult());
  }

  /** The framework's evidence categories, in order, for pickers and filters. */
  public List<EvidenceCategory> categories() {
    return frameworks.getByCode(FRAMEWORK).getEvidenceCategories();
  }

  private static void statusCondition(
      EvidenceStatus status, StringBuilder where, Map<String, Object> parameters) {
    switch (status) {
      case CURRENT -> {
        where.append(" and e.status = :current and (e.reviewBy is null or e.reviewBy >= :today)");
        parameters.put("current", EvidenceStatus.CURRENT);
        parameters.put("today", LocalDate.now(EvidenceItem.UK));
      }
      case EXPIRED -> {
        where.append(" and (e.status = :expired or (e.status = :current and e.reviewBy < :today))");
        parameters.put("expired", EvidenceStatus.EXPIRED);
        parameters.put("current", EvidenceStatus.CURRENT);
        parameters.put("today", LocalDate.now(EvidenceItem.UK));
      }
      default -> {
        where.append(" and e.status = :status");
        parameters.put("status", status);
      }
    }
  }

  /**
   * Gives out the council's next number. The counter row stays locked until the transaction ends,
   * so a concurrent create waits and gets the number after; a rolled-back create gives its number
   * back, a committed one never does.
   */
  private EvidenceRef nextRef(long councilId) {
    em.createNativeQuery(
            "INSERT INTO evidence_counter (council_id, last_number) VALUES (?1, 1)"
                + " ON DUPLICATE KEY UPDATE last_number = last_number + 1")
        .setParameter(1, councilId)
        .executeUpdate();
    Number last =
        (Number)
            em.createNativeQuery(
                    "SELECT last_number FROM evidence_counter WHERE council_id = ?1 FOR UPDATE")
                .setParameter(1, councilId)
                .getSingleResult();
    return new EvidenceRef(last.intValue());
  }

  private EvidenceItem changeable(long id, long expectedVersion, String what) {
    EvidenceItem item = get(id);
    access.requireRole(item.getCouncil().getId(), what, Role.LEAD);
    requireInScope(item.getCouncil().getId(), item.getStatementCodes(), "change");
    if (item.getVersion() != expectedVersion) {
      throw new StaleVersionException(
          "Evidence item " + item.getRef(), expectedVersion, item.getVersion());
    }
    if (item.isWithdrawn()) {
      throw new ConflictException(
          item.getRef()
              + " was withdrawn ("
              + item.getWithdrawalReason()
              + "); it stays as it is.");
    }
    return item;
  }

  /**
   * A lead assigned to some themes or statements adds and changes only evidence for them: every
   * statement the item is (or is to be) linked to lies in their assignment, directly or through its
   * theme. Evidence linked to no statement is council-wide, for an unrestricted lead.
   */
  private void requireInScope(long councilId, Set<String> statements, String verb) {
    Set<String> scope = access.leadScope(councilId);
    if (scope.isEmpty()) {
      return;
    }
    Framework framework = frameworks.getByCode(FRAMEWORK);
    List<String> outside =
        statements.stream()
            .filter(
                code ->
                    !scope.contains(code)
                        && framework
                            .findStatement(new StatementCode(code))
                            .map(statement -> !scope.contains(statement.getTheme().getCode()))
                            .orElse(true))
            .sorted()
            .toList();
    if (statements.isEmpty() || !outside.isEmpty()) {
      throw new ForbiddenException(
          "Your assignment covers "
              + String.join(", ", scope)
              + ": ask the self-assessment lead to "
              + verb
              + " evidence "
              + (statements.isEmpty()
                  ? "that is linked to no quality statement"
                  : "for " + String.join(", ", outside))
              + ".");
    }
  }

  /** The checked and tidied details, ready to describe an item with. */
  private record Checked(
      String title,
      String description,
      Set<String> categories,
      Set<String> statements,
      String owner,
      LocalDate evidenceDate,
      LocalDate reviewBy,
      EvidenceStatus status,
      String link) {

    void applyTo(EvidenceItem item) {
      item.describe(
          title, description, categories, statements, owner, evidenceDate, reviewBy, status, link);
    }
  }

  private Checked check(EvidenceDetails details) {
    if (details == null) {
      throw new InvalidInputException("body", "The evidence item's details are required.");
    }
    List<FieldError> errors = new ArrayList<>();
    Framework framework = frameworks.getByCode(FRAMEWORK);
    String title = Texts.blankToNull(details.title());
    if (title == null) {
      errors.add(new FieldError("title", "The title is required."));
    } else if (title.length() > EvidenceItem.TITLE_LENGTH) {
      errors.add(tooLong("title", "The title", EvidenceItem.TITLE_LENGTH));
    }
    String description = Texts.blankToNull(details.description());
    if (description != null && description.length() > EvidenceItem.DESCRIPTION_LENGTH) {
      errors.add(tooLong("description", "The description", EvidenceItem.DESCRIPTION_LENGTH));
    }
    Set<String> categories = new TreeSet<>();
    for (String code : details.categoryCodes()) {
      String normal = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
      if (framework.getEvidenceCategories().stream().anyMatch(c -> c.getCode().equals(normal))) {
        categories.add(normal);
      } else {
        errors.add(
            new FieldError(
                "categories",
                "'"
                    + code
                    + "' is not an evidence category of "
                    + framework.getName()
                    + " (one of "
                    + String.join(
                        ", ",
                        framework.getEvidenceCategories().stream()
                            .map(EvidenceCategory::getCode)
                            .toList())
                    + ")."));
      }
    }
    Set<String> statements = new TreeSet<>();
    for (String code : details.statementCodes()) {
      Optional<String> known = statementOf(framework, code);
      if (known.isPresent()) {
        statements.add(known.get());
      } else {
        errors.add(
            new FieldError(
                "statements",
                "'" + code + "' is not a quality statement of " + framework.getName() + "."));
      }
    }
    String owner = Texts.blankToNull(details.owner());
    if (owner != null && owner.length() > EvidenceItem.OWNER_LENGTH) {
      errors.add(tooLong("owner", "The owner", EvidenceItem.OWNER_LENGTH));
    }
    LocalDate today = LocalDate.now(EvidenceItem.UK);
    if (details.evidenceDate() != null && details.evidenceDate().isAfter(today)) {
      errors.add(
          new FieldError(
              "evidenceDate",
              "The evidence date says when the evidence was true, so it cannot be in the future."));
    }
    if (details.evidenceDate() != null
        && details.reviewBy() != null
        && details.reviewBy().isBefore(details.evidenceDate())) {
      errors.add(
          new FieldError("reviewBy", "The review-by date cannot be before the evidence date."));
    }
    EvidenceStatus status = details.status() == null ? EvidenceStatus.DRAFT : details.status();
    if (status == EvidenceStatus.WITHDRAWN) {
      errors.add(
          new FieldError(
              "status", "An item is withdrawn with a reason (withdrawal), not by its status."));
    }
    String link = Texts.blankToNull(details.link());
    if (link != null) {
      checkLink(link).ifPresent(errors::add);
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The evidence item's details are not valid.", errors);
    }
    return new Checked(
        title,
        description,
        categories,
        statements,
        owner,
        details.evidenceDate(),
        details.reviewBy(),
        status,
        link);
  }

  private static Optional<FieldError> checkLink(String link) {
    if (link.length() > EvidenceItem.LINK_LENGTH) {
      return Optional.of(tooLong("link", "The link", EvidenceItem.LINK_LENGTH));
    }
    try {
      URI uri = new URI(link);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return Optional.empty();
      }
    } catch (URISyntaxException notAUri) {
      // reported below
    }
    return Optional.of(
        new FieldError(
            "link", "The link must be a web address starting with https:// or http://."));
  }

  private static Optional<String> statementOf(Framework framework, String code) {
    try {
      return framework
          .findStatement(StatementCode.parse(code))
          .map(statement -> statement.getCode());
    } catch (InvalidInputException notACode) {
      return Optional.empty();
    }
  }

  /**
   * The name to show and download under: only its last path segment, without control characters, at
   * most 255 characters. It is never used for storage.
   */
  static String safeFileName(String fileName) {
    String name = fileName == null ? "" : fileName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("\\p{Cntrl}", "").strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      throw new InvalidInputException(
          "filename", "The file's name is required, such as report.pdf.");
    }
    if (name.length() > StoredFile.NAME_LENGTH) {
      int dot = name.lastIndexOf('.');
      String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
      name = name.substring(0, StoredFile.NAME_LENGTH - extension.length()) + extension;
    }
    return name;
  }

  private static Optional<EvidenceRef> refIn(String text) {
    try {
      return Optional.of(EvidenceRef.parse(text));
    } catch (InvalidInputException notARef) {
      return Optional.empty();
    }
  }

  private static String contains(String text) {
    String escaped =
        text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
    return "%" + escaped + "%";
  }

  private static FieldError tooLong(String field, String what, int max) {
    return new FieldError(field, what + " may have at most " + max + " characters.");
  }
}
