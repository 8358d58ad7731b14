package org.ascassure.kpi.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ascassure.council.boundary.Councils;
import org.ascassure.evidence.boundary.EvidenceBank;
import org.ascassure.evidence.boundary.EvidenceDetails;
import org.ascassure.evidence.entity.EvidenceItem;
import org.ascassure.evidence.entity.EvidenceStatus;
import org.ascassure.kpi.entity.Dimension;
import org.ascassure.kpi.entity.Figure;
import org.ascassure.kpi.entity.Kpi;
import org.ascassure.kpi.entity.KpiDefinition;
import org.ascassure.kpi.entity.KpiKind;
import org.ascassure.kpi.entity.KpiRevision;
import org.ascassure.kpi.entity.KpiSubmission;
import org.ascassure.kpi.entity.Period;
import org.ascassure.kpi.entity.Rating;
import org.ascassure.kpi.entity.Reporter;
import org.ascassure.platform.boundary.ConflictException;
import org.ascassure.platform.boundary.FieldError;
import org.ascassure.platform.boundary.InvalidInputException;
import org.ascassure.platform.boundary.NotFoundException;
import org.ascassure.platform.boundary.StaleVersionException;
import org.ascassure.security.boundary.Access;
import org.ascassure.security.entity.Role;

/**
 * A council's commissioned-service KPIs: directors (and administrators) define them; leads and
 * directors submit and correct figures; every member reads figures, trends and league tables; a
 * lead files a period's figures in the evidence bank as a snapshot.
 */
@Stateless
public class Kpis {

  public static final ZoneId UK = ZoneId.of("Europe/London");

  /** Periods a trend shows unless asked otherwise: a year of months and one more to compare. */
  public static final int DEFAULT_TREND_PERIODS = 13;

  public static final int MAX_TREND_PERIODS = 60;

  @PersistenceContext EntityManager em;

  @Inject Access access;

  @Inject Councils councils;

  @Inject EvidenceBank evidence;

  public static LocalDate today() {
    return LocalDate.now(UK);
  }

  // --- definitions ---------------------------------------------------------------------------

  public Kpi define(long councilId, KpiDefinition definition) {
    councils.get(councilId);
    access.requireRole(councilId, "define KPIs", Role.DIRECTOR);
    check(councilId, null, definition);
    Kpi kpi = new Kpi(councilId, definition);
    em.persist(kpi);
    em.flush();
    return kpi;
  }

  /** Changes a definition if nobody else has since version {@code expectedVersion}. */
  public Kpi redefine(long id, long expectedVersion, KpiDefinition definition) {
    Kpi kpi = get(id);
    access.requireRole(kpi.getCouncilId(), "define KPIs", Role.DIRECTOR);
    if (kpi.getVersion() != expectedVersion) {
      throw new StaleVersionException("The KPI", expectedVersion, kpi.getVersion());
    }
    check(kpi.getCouncilId(), kpi, definition);
    kpi.define(definition);
    em.flush();
    return kpi;
  }

  public Optional<Kpi> find(long id) {
    return Optional.ofNullable(em.find(Kpi.class, id))
        .filter(kpi -> access.canRead(kpi.getCouncilId()));
  }

  public Kpi get(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("KPI", id));
  }

  public List<Kpi> ofCouncil(long councilId) {
    councils.get(councilId);
    return em.createNamedQuery(Kpi.OF_COUNCIL, Kpi.class)
        .setParameter("councilId", councilId)
        .getResultList();
  }

  /** Each of the council's KPIs with its last complete period's figure and missing reporters. */
  public List<KpiStatus> statusOf(long councilId) {
    LocalDate today = today();
    return ofCouncil(councilId).stream()
        .map(
            kpi -> {
              Period period = kpi.lastCompletePeriod(today);
              List<KpiSubmission> reported = submissionsOf(kpi, period);
              return new KpiStatus(kpi, point(kpi, period, reported), missing(kpi, reported));
            })
        .toList();
  }

  public boolean canDefine(long councilId) {
    Access.Caller caller = access.caller();
    return caller.seesEverything() || caller.hasRoleAt(councilId, Role.DIRECTOR);
  }

  public boolean canSubmit(long councilId) {
    Access.Caller caller = access.caller();
    return caller.seesEverything()
        || caller.hasRoleAt(councilId, Role.LEAD)
        || caller.hasRoleAt(councilId, Role.DIRECTOR);
  }

  // --- submissions ---------------------------------------------------------------------------

  /**
   * Records a reporter's figures for a period. A second submission for the same period and reporter
   * is refused: the first is corrected instead, which keeps its history.
   */
  public KpiSubmission submit(long kpiId, SubmissionDetails details) {
    Kpi kpi = get(kpiId);
    access.requireRole(kpi.getCouncilId(), "submit KPI figures", Role.LEAD, Role.DIRECTOR);
    if (details == null) {
      throw new InvalidInputException("body", "The figures are required.");
    }
    List<FieldError> errors = new ArrayList<>();
    Period period = period(kpi, details, errors);
    Reporter reporter = reporter(kpi, details, errors);
    Figure figure = figure(kpi, details, errors);
    String notes = notes(details, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The figures cannot be accepted.", errors);
    }
    Optional<KpiSubmission> existing = findSubmission(kpi, period, reporter);
    if (existing.isPresent()) {
      throw new ConflictException(
          reporter.label()
              + " has already reported "
              + kpi.periodName(period)
              + " (submission "
              + existing.get().getId()
              + ", revision "
              + existing.get().getRevision()
              + "). Correct that submission instead: the correction becomes its next revision.");
    }
    KpiSubmission submission = new KpiSubmission(kpi, period, reporter);
    KpiRevision first = submission.correct(figure, notes, now(), access.caller().name());
    try {
      em.persist(submission);
      em.persist(first);
      em.flush();
    } catch (PersistenceException sameMoment) {
      // the unique key caught a submission made between the check above and this insert
      throw new ConflictException(
          reporter.label()
              + "'s figures for "
              + kpi.periodName(period)
              + " were submitted by someone else at the same moment. Look at them and correct"
              + " them if they are wrong: the correction becomes their next revision.");
    }
    return submission;
  }

  /**
   * Corrects a submission with new figures if nobody else has since version {@code
   * expectedVersion}: the figures become its next revision and count from now on; earlier ones stay
   * in its history. Period and reporter cannot change.
   */
  public KpiSubmission correct(long submissionId, long expectedVersion, SubmissionDetails details) {
    KpiSubmission submission = getSubmission(submissionId);
    Kpi kpi = submission.getKpi();
    access.requireRole(kpi.getCouncilId(), "correct KPI figures", Role.LEAD, Role.DIRECTOR);
    if (submission.getVersion() != expectedVersion) {
      throw new StaleVersionException("The submission", expectedVersion, submission.getVersion());
    }
    if (details == null) {
      throw new InvalidInputException("body", "The figures are required.");
    }
    List<FieldError> errors = new ArrayList<>();
    Period period = submission.getPeriod();
    if ((details.periodStart() != null && !details.periodStart().equals(period.start()))
        || (details.periodEnd() != null && !details.periodEnd().equals(period.end()))) {
      errors.add(
          new FieldError(
              "periodStart",
              "A correction keeps its period ("
                  + kpi.periodName(period)
                  + "); report another period as a new submission."));
    }
    Reporter reporter = submission.getReporter();
    if ((details.lot() != null && !new Reporter(details.lot(), "").lot().equals(reporter.lot()))
        || (details.provider() != null
            && !new Reporter("", details.provider()).provider().equals(reporter.provider()))) {
      errors.add(
          new FieldError(
              "provider",
              "A correction keeps its reporter ("
                  + reporter.label()
                  + "); report for another as a new submission."));
    }
    Figure figure = figure(kpi, details, errors);
    String notes = notes(details, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The correction cannot be accepted.", errors);
    }
    em.persist(submission.correct(figure, notes, now(), access.caller().name()));
    em.flush();
    return submission;
  }

  public Optional<KpiSubmission> findSubmission(long id) {
    return Optional.ofNullable(em.find(KpiSubmission.class, id))
        .filter(s -> access.canRead(s.getKpi().getCouncilId()));
  }

  public KpiSubmission getSubmission(long id) {
    return findSubmission(id).orElseThrow(() -> new NotFoundException("KPI submission", id));
  }

  /** Every revision of a submission, first to latest. */
  public List<KpiRevision> revisions(long submissionId) {
    getSubmission(submissionId);
    return em.createNamedQuery(KpiRevision.OF_SUBMISSION, KpiRevision.class)
        .setParameter("submissionId", submissionId)
        .getResultList();
  }

  /** A KPI's submissions as they stand, by period then reporter; only the period's if given. */
  public List<KpiSubmission> submissions(long kpiId, LocalDate dayInPeriod) {
    Kpi kpi = get(kpiId);
    if (dayInPeriod == null) {
      return em.createNamedQuery(KpiSubmission.OF_KPI, KpiSubmission.class)
          .setParameter("kpiId", kpiId)
          .getResultList();
    }
    return submissionsOf(kpi, kpi.periodContaining(dayInPeriod));
  }

  // --- reading the figures -------------------------------------------------------------------

  /**
   * The KPI's combined figure for each of the last {@code periods} periods up to the later of its
   * last complete period and its latest submission, oldest first, gaps included.
   */
  public List<TrendPoint> trend(long kpiId, int periods) {
    Kpi kpi = get(kpiId);
    int count = Math.max(1, Math.min(periods, MAX_TREND_PERIODS));
    List<KpiSubmission> all =
        em.createNamedQuery(KpiSubmission.OF_KPI, KpiSubmission.class)
            .setParameter("kpiId", kpiId)
            .getResultList();
    Period last = kpi.lastCompletePeriod(today());
    for (KpiSubmission s : all) {
      if (s.getPeriod().compareTo(last) > 0) {
        last = s.getPeriod();
      }
    }
    Map<LocalDate, List<KpiSubmission>> byStart = new LinkedHashMap<>();
    all.forEach(s -> byStart.computeIfAbsent(s.getPeriod().start(), d -> new ArrayList<>()).add(s));
    List<TrendPoint> points = new ArrayList<>();
    Period period = last;
    for (int i = 0; i < count; i++) {
      points.add(0, point(kpi, period, byStart.getOrDefault(period.start(), List.of())));
      period = kpi.getFrequency().previous(period, kpi.getAnchorDate());
    }
    return points;
  }

  /** The period containing {@code day} (its last complete period when null). */
  public Period periodOf(long kpiId, LocalDate day) {
    Kpi kpi = get(kpiId);
    return day == null ? kpi.lastCompletePeriod(today()) : kpi.periodContaining(day);
  }

  /**
   * The reporters of the period containing {@code day}, best first by the KPI's direction, each
   * with its RAG; reporters with equal figures share a rank.
   */
  public List<LeagueRow> league(long kpiId, LocalDate day) {
    Kpi kpi = get(kpiId);
    Period period = periodOf(kpiId, day);
    Comparator<KpiSubmission> better =
        Comparator.comparing((KpiSubmission s) -> s.getFigure().amount());
    if (kpi.getDirection() == org.ascassure.kpi.entity.Direction.HIGHER_IS_BETTER) {
      better = better.reversed();
    }
    List<KpiSubmission> ranked =
        submissionsOf(kpi, period).stream()
            .sorted(better.thenComparing(KpiSubmission::getReporter))
            .toList();
    List<LeagueRow> rows = new ArrayList<>();
    for (int i = 0; i < ranked.size(); i++) {
      KpiSubmission s = ranked.get(i);
      int rank =
          i > 0 && ranked.get(i - 1).getFigure().amount().compareTo(s.getFigure().amount()) == 0
              ? rows.get(i - 1).rank()
              : i + 1;
      rows.add(new LeagueRow(rank, s, s.rating()));
    }
    return rows;
  }

  /** The period's combined figure with its RAG, and who has not reported it. */
  public KpiStatus statusFor(long kpiId, LocalDate day) {
    Kpi kpi = get(kpiId);
    Period period = periodOf(kpiId, day);
    List<KpiSubmission> reported = submissionsOf(kpi, period);
    return new KpiStatus(kpi, point(kpi, period, reported), missing(kpi, reported));
  }

  // --- evidence ------------------------------------------------------------------------------

  /**
   * Files the figures of the period containing {@code day} in the council's evidence bank as a
   * current item linked to a statement (QS4 when none is given) and a category (processes when none
   * is given), so that a narrative can cite it. Adding evidence is a lead's (or an
   * administrator's).
   */
  public EvidenceItem snapshotAsEvidence(
      long kpiId, LocalDate day, String statementCode, String categoryCode) {
    Kpi kpi = get(kpiId);
    KpiStatus status = statusFor(kpiId, day);
    TrendPoint point = status.latest();
    if (!point.hasFigure()) {
      throw new InvalidInputException(
          "period",
          "Nobody has reported "
              + kpi.periodName(point.period())
              + " yet, so there are no figures to file as evidence.");
    }
    StringBuilder text = new StringBuilder();
    text.append(kpi.getName())
        .append(", ")
        .append(kpi.periodName(point.period()))
        .append(": ")
        .append(point.rating().explanation());
    text.append(" Reported by ")
        .append(point.reported())
        .append(point.expected() > 0 ? " of " + point.expected() : "")
        .append('.');
    for (LeagueRow row : league(kpiId, point.period().start())) {
      text.append(' ')
          .append(row.rank())
          .append(". ")
          .append(row.submission().getReporter().label())
          .append(": ")
          .append(row.submission().getFigure().describe(kpi.getUnit()))
          .append(' ')
          .append(row.rating().rag())
          .append('.');
    }
    if (!status.missing().isEmpty()) {
      text.append(" Not reported: ")
          .append(String.join(", ", status.missing().stream().map(Reporter::label).toList()))
          .append('.');
    }
    if (kpi.getExclusions() != null) {
      text.append(" Exclusions: ").append(kpi.getExclusions());
    }
    String description =
        text.length() > EvidenceItem.DESCRIPTION_LENGTH
            ? text.substring(0, EvidenceItem.DESCRIPTION_LENGTH - 1) + "…"
            : text.toString();
    String title = "KPI: " + kpi.getName() + ", " + kpi.periodName(point.period());
    if (title.length() > EvidenceItem.TITLE_LENGTH) {
      title = title.substring(0, EvidenceItem.TITLE_LENGTH - 1) + "…";
    }
    LocalDate asOf = point.period().end().isAfter(today()) ? today() : point.period().end();
    return evidence.create(
        kpi.getCouncilId(),
        new EvidenceDetails(
            title,
            description,
            Set.of(blank(categoryCode) ? "PROCESSES" : categoryCode),
            Set.of(blank(statementCode) ? "QS4" : statementCode),
            "KPI returns",
            asOf,
            null,
            EvidenceStatus.CURRENT,
            null));
  }

  // --- the rules -----------------------------------------------------------------------------

  private List<KpiSubmission> submissionsOf(Kpi kpi, Period period) {
    return em.createNamedQuery(KpiSubmission.OF_PERIOD, KpiSubmission.class)
        .setParameter("kpiId", kpi.getId())
        .setParameter("start", period.start())
        .getResultList();
  }

  private Optional<KpiSubmission> findSubmission(Kpi kpi, Period period, Reporter reporter) {
    return em.createNamedQuery(KpiSubmission.OF_UNIT, KpiSubmission.class)
        .setParameter("kpiId", kpi.getId())
        .setParameter("start", period.start())
        .setParameter("lot", reporter.lot())
        .setParameter("provider", reporter.provider())
        .getResultStream()
        .findFirst();
  }

  static TrendPoint point(Kpi kpi, Period period, List<KpiSubmission> reported) {
    String name = kpi.periodName(period);
    int expected = kpi.getReporters().size();
    if (reported.isEmpty()) {
      return new TrendPoint(period, name, null, null, 0, expected);
    }
    Figure combined = reported.get(0).getFigure();
    for (int i = 1; i < reported.size(); i++) {
      combined = combined.plus(reported.get(i).getFigure());
    }
    if (!combined.isRatio()) {
      combined =
          Figure.value(
              combined
                  .value()
                  .divide(BigDecimal.valueOf(reported.size()), 3, RoundingMode.HALF_UP));
    }
    Rating rating = kpi.rate(combined);
    if (reported.size() > 1) {
      rating =
          new Rating(
              rating.rag(),
              (combined.isRatio()
                      ? "All reporters together (numerators and denominators added up): "
                      : "The average of " + reported.size() + " reporters' values: ")
                  + rating.explanation());
    }
    return new TrendPoint(period, name, combined, rating, reported.size(), expected);
  }

  private static List<Reporter> missing(Kpi kpi, List<KpiSubmission> reported) {
    Set<Reporter> done = new HashSet<>();
    reported.forEach(s -> done.add(s.getReporter()));
    return kpi.getReporters().stream().filter(r -> !done.contains(r)).toList();
  }

  private static Period period(Kpi kpi, SubmissionDetails details, List<FieldError> errors) {
    if (details.periodStart() == null || details.periodEnd() == null) {
      errors.add(
          new FieldError(
              details.periodStart() == null ? "periodStart" : "periodEnd",
              "The period's first and last day are both required."));
      return null;
    }
    Optional<String> wrong =
        kpi.getFrequency()
            .misalignment(details.periodStart(), details.periodEnd(), kpi.getAnchorDate());
    if (wrong.isPresent()) {
      errors.add(new FieldError("periodStart", wrong.get()));
      return null;
    }
    if (details.periodStart().isAfter(today())) {
      errors.add(
          new FieldError("periodStart", "That period has not started yet; report it once it has."));
      return null;
    }
    return new Period(details.periodStart(), details.periodEnd());
  }

  private static Reporter reporter(Kpi kpi, SubmissionDetails details, List<FieldError> errors) {
    Reporter reporter = new Reporter(details.lot(), details.provider());
    Dimension dimension = kpi.getDimension();
    boolean ok = true;
    if (dimension.needsLot() && reporter.lot().isEmpty()) {
      errors.add(new FieldError("lot", "This KPI is reported by lot: name the lot."));
      ok = false;
    }
    if (dimension.needsProvider() && reporter.provider().isEmpty()) {
      errors.add(
          new FieldError("provider", "This KPI is reported by provider: name the provider."));
      ok = false;
    }
    if (!dimension.needsLot() && !reporter.lot().isEmpty()) {
      errors.add(
          new FieldError(
              "lot", "This KPI is reported for all providers combined: leave lot empty."));
      ok = false;
    }
    if (!dimension.needsProvider() && !reporter.provider().isEmpty()) {
      errors.add(
          new FieldError(
              "provider",
              "This KPI is not reported by provider ("
                  + dimension.label().toLowerCase(java.util.Locale.UK)
                  + "): leave provider empty."));
      ok = false;
    }
    if (reporter.lot().length() > Reporter.LOT_LENGTH
        || reporter.provider().length() > Reporter.PROVIDER_LENGTH) {
      errors.add(new FieldError("provider", "The lot or provider name is too long."));
      ok = false;
    }
    List<Reporter> expected = kpi.getReporters();
    if (ok && !expected.isEmpty() && !expected.contains(reporter)) {
      errors.add(
          new FieldError(
              dimension.needsProvider() ? "provider" : "lot",
              "'"
                  + reporter.label()
                  + "' is not one of this KPI's reporters: "
                  + String.join(", ", expected.stream().map(Reporter::label).toList())
                  + "."));
    }
    return reporter;
  }

  static Figure figure(Kpi kpi, SubmissionDetails details, List<FieldError> errors) {
    if (kpi.getKind() == KpiKind.RATIO) {
      BigDecimal numerator = details.numerator();
      BigDecimal denominator = details.denominator();
      int before = errors.size();
      if (numerator == null) {
        errors.add(new FieldError("numerator", "The numerator is required."));
      } else if (numerator.signum() < 0) {
        errors.add(new FieldError("numerator", "The numerator cannot be below zero."));
      }
      if (denominator == null) {
        errors.add(new FieldError("denominator", "The denominator is required."));
      } else if (denominator.signum() <= 0) {
        errors.add(
            new FieldError(
                "denominator",
                "The denominator must be above zero: with nothing to count, there is no"
                    + " percentage (say so in the notes of the next period instead)."));
      }
      if (numerator != null
          && denominator != null
          && denominator.signum() > 0
          && numerator.compareTo(denominator) > 0) {
        errors.add(
            new FieldError(
                "numerator",
                "The numerator ("
                    + numerator.toPlainString()
                    + ") cannot be larger than the denominator ("
                    + denominator.toPlainString()
                    + ")."));
      }
      if (details.value() != null) {
        errors.add(
            new FieldError("value", "This KPI is a ratio: give numerator and denominator only."));
      }
      checkScale(numerator, "numerator", errors);
      checkScale(denominator, "denominator", errors);
      return errors.size() == before ? Figure.ratio(numerator, denominator) : null;
    }
    int before = errors.size();
    if (details.value() == null) {
      errors.add(new FieldError("value", "The value is required."));
    }
    if (details.numerator() != null || details.denominator() != null) {
      errors.add(new FieldError("numerator", "This KPI is a single value: give the value only."));
    }
    checkScale(details.value(), "value", errors);
    return errors.size() == before ? Figure.value(details.value()) : null;
  }

  /** Fits DECIMAL(14,3): eleven digits before the point, three after. */
  private static void checkScale(BigDecimal number, String field, List<FieldError> errors) {
    if (number == null) {
      return;
    }
    BigDecimal n = number.stripTrailingZeros();
    if (n.scale() > 3 || n.precision() - n.scale() > 11) {
      errors.add(
          new FieldError(field, "Give at most 11 digits before the decimal point and 3 after it."));
    }
  }

  private static String notes(SubmissionDetails details, List<FieldError> errors) {
    String notes = details.notes() == null ? null : details.notes().strip();
    if (notes != null && notes.length() > KpiSubmission.NOTES_LENGTH) {
      errors.add(
          new FieldError(
              "notes",
              "The notes may have at most " + KpiSubmission.NOTES_LENGTH + " characters."));
    }
    return notes;
  }

  private void check(long councilId, Kpi current, KpiDefinition d) {
    if (d == null) {
      throw new InvalidInputException("body", "The KPI's definition is required.");
    }
    List<FieldError> errors = new ArrayList<>();
    String name = d.name() == null ? "" : d.name().strip();
    if (name.isEmpty()) {
      errors.add(new FieldError("name", "The name is required."));
    } else if (name.length() > Kpi.NAME_LENGTH) {
      errors.add(tooLong("name", "The name", Kpi.NAME_LENGTH));
    } else {
      em.createNamedQuery(Kpi.BY_NAME, Kpi.class)
          .setParameter("councilId", councilId)
          .setParameter("name", name)
          .getResultStream()
          .filter(other -> current == null || !other.getId().equals(current.getId()))
          .findFirst()
          .ifPresent(
              other ->
                  errors.add(
                      new FieldError(
                          "name", "The council already has a KPI called '" + name + "'.")));
    }
    if (d.description() != null && d.description().strip().length() > Kpi.DESCRIPTION_LENGTH) {
      errors.add(tooLong("description", "The description", Kpi.DESCRIPTION_LENGTH));
    }
    if (d.exclusions() != null && d.exclusions().strip().length() > Kpi.EXCLUSIONS_LENGTH) {
      errors.add(tooLong("exclusions", "The exclusions", Kpi.EXCLUSIONS_LENGTH));
    }
    if (d.kind() == null) {
      errors.add(new FieldError("kind", "Say whether the KPI is a RATIO or a VALUE."));
    }
    if (d.direction() == null) {
      errors.add(new FieldError("direction", "Say whether HIGHER_IS_BETTER or LOWER_IS_BETTER."));
    }
    if (d.frequency() == null) {
      errors.add(new FieldError("frequency", "Say how often the KPI is reported."));
    }
    if (d.dimension() == null) {
      errors.add(
          new FieldError(
              "dimension", "Say whether figures are COMBINED, by LOT or by lot and PROVIDER."));
    }
    if (d.kind() == KpiKind.VALUE) {
      String unit = d.unit() == null ? "" : d.unit().strip();
      if (unit.isEmpty()) {
        errors.add(new FieldError("unit", "Say what the value counts (hours, days, people…)."));
      } else if (unit.length() > Kpi.UNIT_LENGTH) {
        errors.add(tooLong("unit", "The unit", Kpi.UNIT_LENGTH));
      }
    }
    if (d.target() == null) {
      errors.add(new FieldError("target", "The minimum target is required."));
    } else {
      if (d.kind() == KpiKind.RATIO
          && (d.target().signum() < 0 || d.target().compareTo(BigDecimal.valueOf(100)) > 0)) {
        errors.add(new FieldError("target", "A ratio's target is a percentage from 0 to 100."));
      }
      checkScale(d.target(), "target", errors);
    }
    if (d.amberTolerance() != null) {
      if (d.amberTolerance().signum() < 0) {
        errors.add(
            new FieldError(
                "amberTolerance",
                "The amber tolerance is how far off target is amber: 0 or more."));
      }
      checkScale(d.amberTolerance(), "amberTolerance", errors);
    }
    if (d.dimension() != null) {
      Set<Reporter> seen = new HashSet<>();
      for (Reporter r : d.reporters()) {
        if (!seen.add(r)) {
          errors.add(new FieldError("reporters", "'" + r.label() + "' is listed twice."));
        }
        if (d.dimension() == Dimension.COMBINED) {
          errors.add(
              new FieldError(
                  "reporters", "A KPI for all providers combined lists no lots or providers."));
          break;
        }
        if (r.lot().isEmpty()
            || (d.dimension().needsProvider() == r.provider().isEmpty())
            || r.lot().contains("|")
            || r.lot().length() > Reporter.LOT_LENGTH
            || r.provider().length() > Reporter.PROVIDER_LENGTH) {
          errors.add(
              new FieldError(
                  "reporters",
                  "'"
                      + r.label()
                      + "' does not fit "
                      + d.dimension().label().toLowerCase(java.util.Locale.UK)
                      + ": "
                      + (d.dimension().needsProvider()
                          ? "give a lot and a provider."
                          : "give a lot only.")));
        }
      }
      int stored = d.reporters().stream().mapToInt(r -> r.line().length() + 1).sum();
      if (stored > Kpi.REPORTERS_LENGTH) {
        errors.add(new FieldError("reporters", "The list of reporters is too long."));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The KPI's definition is not valid.", errors);
    }
  }

  private static FieldError tooLong(String field, String what, int max) {
    return new FieldError(field, what + " may have at most " + max + " characters.");
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static LocalDateTime now() {
    return LocalDateTime.now(ZoneOffset.UTC);
  }
}
