package org.ascassure.selfassessment.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ascassure.assessment.boundary.Assessments;
import org.ascassure.assessment.entity.Assessment;
import org.ascassure.council.boundary.Councils;
import org.ascassure.council.entity.Council;
import org.ascassure.framework.boundary.FrameworkCatalogue;
import org.ascassure.framework.entity.Framework;
import org.ascassure.framework.entity.QualityStatement;
import org.ascassure.framework.entity.RatingBand;
import org.ascassure.framework.entity.StatementCode;
import org.ascassure.platform.boundary.FieldError;
import org.ascassure.platform.boundary.ForbiddenException;
import org.ascassure.platform.boundary.InvalidInputException;
import org.ascassure.platform.boundary.NotFoundException;
import org.ascassure.platform.boundary.Page;
import org.ascassure.platform.boundary.PageRequest;
import org.ascassure.platform.boundary.StaleVersionException;
import org.ascassure.platform.control.CurrentCaller;
import org.ascassure.platform.control.Texts;
import org.ascassure.security.boundary.Access;
import org.ascassure.security.entity.Role;
import org.ascassure.selfassessment.control.NarrativeHtml;
import org.ascassure.selfassessment.control.PublishedContent;
import org.ascassure.selfassessment.control.TextDiff;
import org.ascassure.selfassessment.control.VersionChanges;
import org.ascassure.selfassessment.entity.Narrative;
import org.ascassure.selfassessment.entity.NarrativePart;
import org.ascassure.selfassessment.entity.NarrativeRevision;
import org.ascassure.selfassessment.entity.PublishedVersion;
import org.ascassure.selfassessment.entity.SelfAssessment;
import org.ascassure.selfassessment.entity.SelfAssessmentStatus;
import org.ascassure.selfassessment.entity.SelfScore;
import org.ascassure.selfassessment.entity.SignOff;

/**
 * Writing, reviewing and publishing self-assessments. Leads write narratives and scores (a theme
 * lead only within their assignment), directors endorse and submit; auditors and everyone else at
 * the council read.
 */
@Stateless
public class SelfAssessments {

  static final ZoneId UK = ZoneId.of("Europe/London");
  static final String DEFAULT_FRAMEWORK = "cqc-la-2023";

  @PersistenceContext EntityManager em;

  @Inject Councils councils;

  @Inject FrameworkCatalogue frameworks;

  @Inject Access access;

  @Inject Assessments assessments;

  /** The fields a self-assessment is created or renamed with. */
  public record Details(String framework, String title, String periodLabel) {}

  public SelfAssessment create(long councilId, Details details) {
    Council council = councils.get(councilId);
    access.requireRole(councilId, "start a self-assessment", Role.LEAD, Role.DIRECTOR);
    List<FieldError> errors = new ArrayList<>();
    String code =
        details.framework() == null || details.framework().isBlank()
            ? DEFAULT_FRAMEWORK
            : details.framework().strip();
    Optional<Framework> framework = frameworks.findByCode(code);
    if (framework.isEmpty()) {
      errors.add(new FieldError("framework", "There is no framework '" + code + "'."));
    } else if (!framework.get().isActive()) {
      errors.add(
          new FieldError(
              "framework",
              "The framework '"
                  + code
                  + "' is "
                  + framework.get().getStatus().phrase()
                  + ": a self-assessment starts with a version in use."));
    }
    checkText(errors, "title", details.title(), SelfAssessment.TITLE_LENGTH, true);
    checkText(errors, "periodLabel", details.periodLabel(), SelfAssessment.PERIOD_LENGTH, true);
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The self-assessment cannot be started.", errors);
    }
    SelfAssessment sa =
        new SelfAssessment(
            council, framework.get(), details.title().strip(), details.periodLabel().strip());
    em.persist(sa);
    em.flush();
    return sa;
  }

  public SelfAssessment rename(long id, long expectedVersion, Details details) {
    SelfAssessment sa = get(id);
    access.requireRole(councilOf(sa), "rename the self-assessment", Role.LEAD, Role.DIRECTOR);
    requireVersion("Self-assessment " + id, expectedVersion, sa.getVersion());
    List<FieldError> errors = new ArrayList<>();
    checkText(errors, "title", details.title(), SelfAssessment.TITLE_LENGTH, true);
    checkText(errors, "periodLabel", details.periodLabel(), SelfAssessment.PERIOD_LENGTH, true);
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The self-assessment cannot be renamed.", errors);
    }
    sa.rename(details.title().strip(), details.periodLabel().strip());
    em.flush();
    return sa;
  }

  public Optional<SelfAssessment> find(long id) {
    return Optional.ofNullable(em.find(SelfAssessment.class, id))
        .filter(sa -> access.canRead(councilOf(sa)));
  }

  public SelfAssessment get(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("Self-assessment", id));
  }

  public Page<SelfAssessment> ofCouncil(long councilId, PageRequest request) {
    councils.get(councilId);
    List<SelfAssessment> items =
        em.createNamedQuery(SelfAssessment.OF_COUNCIL, SelfAssessment.class)
            .setParameter("councilId", councilId)
            .setFirstResult(request.offset())
            .setMaxResults(request.size())
            .getResultList();
    long total =
        em.createNamedQuery(SelfAssessment.COUNT_OF_COUNCIL, Long.class)
            .setParameter("councilId", councilId)
            .getSingleResult();
    return new Page<>(items, request.page(), request.size(), total);
  }

  // --- narratives ---------------------------------------------------------------------------

  /** The narrative of a slot, e.g. {@code STATEMENT_PERFORMANCE:QS4} or {@code KEY_RISKS}. */
  public Narrative narrative(long id, String slot) {
    SelfAssessment sa = get(id);
    return sa.narrative(slot == null ? "" : slot.strip().toUpperCase())
        .orElseThrow(
            () -> new NotFoundException("Self-assessment " + id + " has no part '" + slot + "'."));
  }

  /** The narrative about one statement ("what is our performance and how do we know?"). */
  public Narrative statementNarrative(long id, String statementCode) {
    return narrative(id, NarrativePart.STATEMENT_PERFORMANCE.slot(code(statementCode)));
  }

  /**
   * Saves a new text if nobody saved the narrative since the caller read {@code expectedVersion}.
   * The HTML is sanitised; an unchanged text makes no revision.
   */
  public Narrative revise(long id, String slot, long expectedVersion, String html) {
    Narrative narrative = narrative(id, slot);
    SelfAssessment sa = narrative.getSelfAssessment();
    requireWriter(sa, narrative.getPart(), narrative.getSubjectCode());
    sa.requireEditable();
    requireVersion(
        "The narrative \"" + label(narrative) + "\"", expectedVersion, narrative.getVersion());
    if (html != null && html.length() > Narrative.MAX_HTML_LENGTH) {
      throw new InvalidInputException(
          "html",
          "The text is too long: at most "
              + Narrative.MAX_HTML_LENGTH
              + " characters of formatted text.");
    }
    narrative
        .revise(
            NarrativeHtml.sanitise(html), CurrentCaller.name(), LocalDateTime.now(ZoneOffset.UTC))
        .ifPresent(em::persist);
    em.flush();
    return narrative;
  }

  public List<NarrativeRevision> revisions(long id, String slot) {
    Narrative narrative = narrative(id, slot);
    return em.createNamedQuery(NarrativeRevision.OF_NARRATIVE, NarrativeRevision.class)
        .setParameter("narrativeId", narrative.getId())
        .getResultList();
  }

  /** Revision {@code number} of a narrative; 0 is the empty text it started from. */
  public Optional<NarrativeRevision> revision(long id, String slot, int number) {
    Narrative narrative = narrative(id, slot);
    return em.createNamedQuery(NarrativeRevision.BY_NUMBER, NarrativeRevision.class)
        .setParameter("narrativeId", narrative.getId())
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }

  /** A readable comparison of two revisions of a narrative (0 is the empty start). */
  public List<TextDiff.Segment> compare(long id, String slot, int from, int to) {
    return TextDiff.between(textOf(id, slot, from), textOf(id, slot, to));
  }

  private String textOf(long id, String slot, int number) {
    if (number == 0) {
      narrative(id, slot);
      return "";
    }
    return revision(id, slot, number)
        .map(r -> NarrativeHtml.text(r.getBodyHtml()))
        .orElseThrow(
            () ->
                new NotFoundException(
                    "Revision " + number + " of narrative '" + slot + "' does not exist."));
  }

  // --- scores -------------------------------------------------------------------------------

  public SelfScore proposeScore(
      long id, String statementCode, long expectedVersion, Integer score, String rationale) {
    SelfAssessment sa = get(id);
    String code = code(statementCode);
    SelfScore selfScore =
        sa.score(code)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        code
                            + " is not a scored statement of "
                            + sa.getFramework().getName()
                            + "."));
    requireWriter(sa, NarrativePart.STATEMENT_PERFORMANCE, code);
    sa.requireEditable();
    requireVersion("The self-score of " + code, expectedVersion, selfScore.getVersion());
    List<FieldError> errors = new ArrayList<>();
    Framework framework = sa.getFramework();
    if (score != null && (score < framework.minScore() || score > framework.maxScore())) {
      errors.add(
          new FieldError(
              "score",
              "The score must be a whole number from "
                  + framework.minScore()
                  + " to "
                  + framework.maxScore()
                  + ", or empty to withdraw it."));
    }
    checkText(errors, "rationale", rationale, SelfScore.RATIONALE_LENGTH, false);
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The self-score cannot be saved.", errors);
    }
    selfScore.propose(score, rationale);
    em.flush();
    return selfScore;
  }

  // --- status and sign-off ------------------------------------------------------------------

  /**
   * Moves a self-assessment on its way: leads submit a draft for review; directors return it to
   * draft, endorse it and submit it. Submitting supersedes the council's previous submission.
   */
  public SelfAssessment move(
      long id, long expectedVersion, SelfAssessmentStatus target, String note) {
    SelfAssessment sa = get(id);
    if (target == null) {
      throw new InvalidInputException(
          "status", "The new status is required: IN_REVIEW, DRAFT, ENDORSED or SUBMITTED.");
    }
    long councilId = councilOf(sa);
    if (sa.getStatus() == SelfAssessmentStatus.DRAFT && target == SelfAssessmentStatus.IN_REVIEW) {
      access.requireRole(
          councilId, "submit the self-assessment for review", Role.LEAD, Role.DIRECTOR);
    } else {
      access.requireRole(
          councilId,
          "move the self-assessment to " + target.name().toLowerCase().replace('_', ' '),
          Role.DIRECTOR);
    }
    requireVersion("Self-assessment " + id, expectedVersion, sa.getVersion());
    if (target == SelfAssessmentStatus.SUBMITTED) {
      em.createNamedQuery(SelfAssessment.SUBMITTED_OF_COUNCIL, SelfAssessment.class)
          .setParameter("councilId", councilId)
          .setParameter("frameworkId", sa.getFramework().getId())
          .getResultList()
          .forEach(SelfAssessment::supersede);
    }
    sa.moveTo(target, note);
    em.flush();
    return sa;
  }

  /** The fields of a stakeholder comment or an endorsement. */
  public record SignOffDetails(
      SignOff.Kind kind,
      String name,
      String role,
      String organisation,
      LocalDate givenOn,
      String comment) {}

  public SignOff addSignOff(long id, SignOffDetails details) {
    SelfAssessment sa = get(id);
    access.requireRole(councilOf(sa), "record sign-off", Role.LEAD, Role.DIRECTOR);
    List<FieldError> errors = new ArrayList<>();
    if (details.kind() == null) {
      errors.add(
          new FieldError("kind", "Say whether this is a STAKEHOLDER_COMMENT or an ENDORSEMENT."));
    }
    checkText(errors, "name", details.name(), SignOff.NAME_LENGTH, true);
    checkText(errors, "role", details.role(), SignOff.NAME_LENGTH, false);
    checkText(errors, "organisation", details.organisation(), SignOff.NAME_LENGTH, false);
    checkText(errors, "comment", details.comment(), SignOff.COMMENT_LENGTH, false);
    if (details.givenOn() == null) {
      errors.add(new FieldError("givenOn", "The date is required."));
    } else if (details.givenOn().isAfter(LocalDate.now(UK))) {
      errors.add(new FieldError("givenOn", "The date cannot be in the future."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The sign-off cannot be recorded.", errors);
    }
    SignOff signOff =
        new SignOff(
            sa,
            details.kind(),
            details.name().strip(),
            Texts.blankToNull(details.role()),
            Texts.blankToNull(details.organisation()),
            details.givenOn(),
            Texts.blankToNull(details.comment()));
    em.persist(signOff);
    sa.addSignOff(signOff);
    em.flush();
    return signOff;
  }

  // --- published versions -------------------------------------------------------------------

  /** Freezes the whole self-assessment as the next numbered version; the draft continues. */
  public PublishedVersion publish(long id, String note) {
    SelfAssessment sa = get(id);
    access.requireRole(councilOf(sa), "publish a version", Role.LEAD, Role.DIRECTOR);
    // one publisher at a time per self-assessment, so numbers never collide
    em.lock(sa, LockModeType.PESSIMISTIC_WRITE);
    List<FieldError> errors = new ArrayList<>();
    checkText(errors, "note", note, 1000, false);
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The version cannot be published.", errors);
    }
    int number =
        em.createNamedQuery(PublishedVersion.LAST_NUMBER, Integer.class)
                .setParameter("id", sa.getId())
                .getSingleResult()
            + 1;
    PublishedVersion version =
        new PublishedVersion(sa, number, Texts.blankToNull(note), PublishedContent.of(sa, number));
    em.persist(version);
    em.flush();
    return version;
  }

  public List<PublishedVersion> versions(long id) {
    SelfAssessment sa = get(id);
    return em.createNamedQuery(PublishedVersion.OF_SELF_ASSESSMENT, PublishedVersion.class)
        .setParameter("id", sa.getId())
        .getResultList();
  }

  public PublishedVersion version(long id, int number) {
    return versions(id).stream()
        .filter(v -> v.getNumber() == number)
        .findFirst()
        .orElseThrow(
            () ->
                new NotFoundException(
                    "Version v" + number + " of self-assessment " + id + " does not exist."));
  }

  /**
   * What changed from published version {@code from} to version {@code to}, or to the working draft
   * when {@code to} is null: per part a word diff, the changed self-scores, and how many parts did
   * not change.
   */
  public VersionChanges.Changes changes(long id, int from, Integer to) {
    String before = version(id, from).getContentJson();
    String after = to == null ? PublishedContent.draft(get(id)) : version(id, to).getContentJson();
    return VersionChanges.between(before, after);
  }

  // --- prediction -------------------------------------------------------------------------

  /** The rating the self-scores predict, beside the council's latest published CQC outcome. */
  public Prediction predict(long id) {
    SelfAssessment sa = get(id);
    Framework framework = sa.getFramework();
    Map<String, Integer> given = sa.givenScores();
    Integer percent = null;
    String rating = null;
    String ratingLabel = null;
    if (framework.isComputed() && !given.isEmpty()) {
      percent = framework.overallPercent(given.values());
      Optional<RatingBand> band = framework.bandFor(percent);
      rating = band.map(RatingBand::getCode).orElse(null);
      ratingLabel = band.map(RatingBand::getLabel).orElse(null);
    }
    List<String> notifiable =
        given.entrySet().stream()
            .filter(e -> framework.isNotifiable(e.getValue()))
            .map(Map.Entry::getKey)
            .toList();
    Optional<Assessment> latest =
        assessments.ofCouncil(councilOf(sa), new PageRequest(1, 20)).items().stream()
            .filter(a -> a.getFramework().getId().equals(framework.getId()))
            .filter(a -> a.getPublishedOn() != null)
            .findFirst();
    Map<String, Integer> cqcScores = latest.map(Assessment::scoresByCode).orElse(Map.of());
    List<Prediction.Compared> compared = new ArrayList<>();
    int statements = 0;
    for (QualityStatement statement : framework.statements()) {
      if (!statement.isScored()) {
        continue;
      }
      statements++;
      compared.add(
          new Prediction.Compared(
              statement.getCode(),
              statement.getTitle(),
              given.get(statement.getCode()),
              cqcScores.get(statement.getCode())));
    }
    return new Prediction(
        given.size(),
        statements,
        percent,
        rating,
        ratingLabel,
        notifiable,
        latest
            .map(
                a ->
                    new Prediction.CqcOutcome(
                        a.getId(),
                        a.getPublishedOn(),
                        a.getOverallPercent(),
                        a.getRatingCode(),
                        a.getRatingLabel()))
            .orElse(null),
        compared);
  }

  // --- assignments --------------------------------------------------------------------------

  /** Whether the caller may write this part: shown in the UI, enforced on every write. */
  public boolean mayWrite(SelfAssessment sa, NarrativePart part, String subjectCode) {
    try {
      requireWriter(sa, part, subjectCode);
      return sa.getStatus().isEditable();
    } catch (ForbiddenException | NotFoundException e) {
      return false;
    }
  }

  /**
   * The narratives the caller is asked to write in a self-assessment: those their assignment covers
   * (all of them for an unrestricted lead), each with whether it is still empty.
   */
  public List<Narrative> assignments(long id) {
    SelfAssessment sa = get(id);
    return sa.getNarratives().stream()
        .filter(n -> mayWrite(sa, n.getPart(), n.getSubjectCode()))
        .toList();
  }

  private void requireWriter(SelfAssessment sa, NarrativePart part, String subjectCode) {
    long councilId = councilOf(sa);
    access.requireRole(councilId, "write the self-assessment", Role.LEAD);
    Set<String> scope = access.leadScope(councilId);
    if (scope.isEmpty()) {
      return;
    }
    boolean covered =
        switch (part.subject()) {
          case COUNCIL -> false;
          case THEME -> scope.contains(subjectCode);
          case STATEMENT ->
              scope.contains(subjectCode)
                  || sa.getFramework()
                      .findStatement(new StatementCode(subjectCode))
                      .map(QualityStatement::getTheme)
                      .map(t -> scope.contains(t.getCode()))
                      .orElse(false);
        };
    if (!covered) {
      throw new ForbiddenException(
          "Your assignment covers "
              + String.join(", ", scope)
              + "; ask the self-assessment lead to change "
              + (subjectCode == null ? "the council-wide sections" : subjectCode)
              + ".");
    }
  }

  // --- helpers ------------------------------------------------------------------------------

  public static String label(Narrative n) {
    return n.getSubjectCode() == null
        ? n.getPart().label()
        : n.getSubjectCode() + " – " + n.getPart().label();
  }

  private static long councilOf(SelfAssessment sa) {
    return sa.getCouncil().getId();
  }

  private static String code(String statementCode) {
    return StatementCode.parse(statementCode).value();
  }

  private static void requireVersion(String what, long expected, long current) {
    if (expected != current) {
      throw new StaleVersionException(what, expected, current);
    }
  }

  private static void checkText(
      List<FieldError> errors, String field, String value, int max, boolean required) {
    Texts.check(
        errors, field, field.equals("periodLabel") ? "period" : field, value, max, required);
  }
}
