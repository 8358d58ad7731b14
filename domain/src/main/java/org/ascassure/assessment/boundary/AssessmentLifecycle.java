package org.ascassure.assessment.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ascassure.assessment.entity.Assessment;
import org.ascassure.assessment.entity.DeadlineRule;
import org.ascassure.assessment.entity.DeadlineSchedule;
import org.ascassure.assessment.entity.Finding;
import org.ascassure.assessment.entity.FindingKind;
import org.ascassure.assessment.entity.FollowUp;
import org.ascassure.assessment.entity.Milestone;
import org.ascassure.framework.entity.StatementCode;
import org.ascassure.platform.boundary.ConflictException;
import org.ascassure.platform.boundary.FieldError;
import org.ascassure.platform.boundary.InvalidInputException;
import org.ascassure.platform.boundary.NotFoundException;
import org.ascassure.platform.boundary.StaleVersionException;
import org.ascassure.security.boundary.Access;
import org.ascassure.security.entity.Role;

/**
 * What happens around an assessment besides its scores: the dated milestones from notification to
 * publication, the findings per statement, and the follow-up deadlines the rating triggers.
 * Directors of the council and administrators record milestones and findings; members read.
 */
@Stateless
public class AssessmentLifecycle {

  @PersistenceContext EntityManager em;

  @Inject Assessments assessments;

  @Inject Access access;

  public List<Milestone> milestones(long assessmentId) {
    assessments.get(assessmentId);
    return em
        .createNamedQuery(Milestone.OF_ASSESSMENT, Milestone.class)
        .setParameter("assessmentId", assessmentId)
        .getResultList()
        .stream()
        .sorted(Comparator.comparing(Milestone::getKind))
        .toList();
  }

  /** Records (or corrects) the dates of one milestone; each kind exists once per assessment. */
  public Milestone recordMilestone(long assessmentId, MilestoneRecord record) {
    return recordMilestone(assessmentId, record, null, false);
  }

  /**
   * Adds a milestone that is not recorded yet ({@code expectedVersion} null; a second one of the
   * same kind is a conflict), or changes the recorded one if nobody else has since version {@code
   * expectedVersion}.
   */
  public Milestone recordMilestone(
      long assessmentId, MilestoneRecord record, Long expectedVersion) {
    return recordMilestone(assessmentId, record, expectedVersion, true);
  }

  private Milestone recordMilestone(
      long assessmentId, MilestoneRecord record, Long expectedVersion, boolean strict) {
    Assessment assessment = assessments.get(assessmentId);
    access.requireRole(
        assessment.getCouncil().getId(), "record assessment milestones", Role.DIRECTOR);
    List<FieldError> errors = new ArrayList<>();
    if (record.kind() == null) {
      errors.add(new FieldError("kind", "The kind of milestone is required."));
    }
    if (record.plannedOn() == null && record.actualOn() == null) {
      errors.add(new FieldError("plannedOn", "Give the planned date, the actual date or both."));
    }
    if (record.caseCount() != null && record.caseCount() < 0) {
      errors.add(new FieldError("caseCount", "The number of cases cannot be negative."));
    }
    if (record.kind() != null && !record.kind().countsCases() && record.caseCount() != null) {
      errors.add(
          new FieldError("caseCount", "Only case-tracking milestones record a number of cases."));
    }
    if (record.note() != null && record.note().strip().length() > Milestone.NOTE_LENGTH) {
      errors.add(
          new FieldError(
              "note", "The note is longer than " + Milestone.NOTE_LENGTH + " characters."));
    }
    if (record.actualOn() != null && record.actualOn().isAfter(LocalDate.now(Assessments.UK))) {
      errors.add(new FieldError("actualOn", "A milestone cannot have happened in the future."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The milestone cannot be recorded.", errors);
    }
    Optional<Milestone> existing =
        milestones(assessmentId).stream().filter(m -> m.getKind() == record.kind()).findFirst();
    if (strict && expectedVersion == null && existing.isPresent()) {
      throw new ConflictException(
          record.kind() + " is already recorded for this assessment: change it instead.");
    }
    if (strict && expectedVersion != null) {
      Milestone current =
          existing.orElseThrow(() -> new NotFoundException("Milestone", record.kind()));
      if (current.getVersion() != expectedVersion) {
        throw new StaleVersionException(
            "Milestone " + record.kind(), expectedVersion, current.getVersion());
      }
    }
    Milestone milestone =
        existing.orElseGet(
            () -> {
              Milestone created = new Milestone(assessment, record.kind());
              em.persist(created);
              return created;
            });
    milestone.record(record.plannedOn(), record.actualOn(), record.caseCount(), record.note());
    em.flush();
    return milestone;
  }

  /**
   * The next thing due: the earliest milestone not yet reached, or once all are reached, the next
   * follow-up deadline on or after {@code today}.
   */
  public Optional<NextDue> nextDue(long assessmentId, LocalDate today) {
    Optional<NextDue> milestone =
        milestones(assessmentId).stream()
            .filter(m -> !m.isDone() && m.getPlannedOn() != null)
            .min(Comparator.comparing(Milestone::getPlannedOn))
            .map(
                m ->
                    new NextDue(
                        m.getKind().label(), m.getPlannedOn(), m.getPlannedOn().isBefore(today)));
    if (milestone.isPresent()) {
      return milestone;
    }
    return followUp(assessmentId)
        .nextOnOrAfter(today)
        .map(d -> new NextDue(d.title(), d.dueOn(), false));
  }

  public List<Finding> findings(long assessmentId) {
    assessments.get(assessmentId);
    return em.createNamedQuery(Finding.OF_ASSESSMENT, Finding.class)
        .setParameter("assessmentId", assessmentId)
        .getResultList();
  }

  public Finding addFinding(long assessmentId, String statement, FindingKind kind, String text) {
    Assessment assessment = assessments.get(assessmentId);
    access.requireRole(assessment.getCouncil().getId(), "record findings", Role.DIRECTOR);
    StatementCode code = checkedFinding(assessment, statement, kind, text, "recorded");
    Finding finding = new Finding(assessment, code, kind, text);
    em.persist(finding);
    em.flush();
    return finding;
  }

  /** Corrects a finding if nobody else has changed it since version {@code expectedVersion}. */
  public Finding changeFinding(
      long findingId, long expectedVersion, String statement, FindingKind kind, String text) {
    Finding finding = getFinding(findingId);
    Assessment assessment = finding.getAssessment();
    access.requireRole(assessment.getCouncil().getId(), "record findings", Role.DIRECTOR);
    if (finding.getVersion() != expectedVersion) {
      throw new StaleVersionException(
          "Finding " + findingId, expectedVersion, finding.getVersion());
    }
    StatementCode code = checkedFinding(assessment, statement, kind, text, "changed");
    finding.correct(code, kind, text);
    em.flush();
    return finding;
  }

  /**
   * Deletes a finding recorded by mistake. A finding an improvement action answers is refused (the
   * action's link would point nowhere): unlink it from the action first.
   */
  public void removeFinding(long findingId) {
    Finding finding = getFinding(findingId);
    access.requireRole(
        finding.getAssessment().getCouncil().getId(), "record findings", Role.DIRECTOR);
    // finding_ids is a comma-separated list; comparing with commas around both sides matches
    // whole ids only (portable: CONCAT exists on MySQL and MariaDB)
    Number linked =
        (Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM improvement_action"
                        + " WHERE CONCAT(',', REPLACE(finding_ids, ' ', ''), ',') LIKE ?1")
                .setParameter(1, "%," + findingId + ",%")
                .getSingleResult();
    if (linked.longValue() > 0) {
      throw new ConflictException(
          "An improvement action answers this finding ("
              + linked
              + (linked.longValue() == 1 ? " action" : " actions")
              + "): unlink it from the action before deleting the finding.");
    }
    em.remove(finding);
    em.flush();
  }

  public Finding getFinding(long findingId) {
    return findFinding(findingId).orElseThrow(() -> new NotFoundException("Finding", findingId));
  }

  private static StatementCode checkedFinding(
      Assessment assessment, String statement, FindingKind kind, String text, String done) {
    List<FieldError> errors = new ArrayList<>();
    StatementCode code = null;
    try {
      code = StatementCode.parse(statement);
      if (assessment.getFramework().findStatement(code).isEmpty()) {
        errors.add(
            new FieldError(
                "statement",
                "'"
                    + code
                    + "' is not a statement of "
                    + assessment.getFramework().getName()
                    + "."));
      }
    } catch (InvalidInputException e) {
      errors.add(new FieldError("statement", e.getMessage()));
    }
    if (kind == null) {
      errors.add(new FieldError("kind", "The kind is required: STRENGTH or AREA_FOR_IMPROVEMENT."));
    }
    if (text == null || text.isBlank()) {
      errors.add(new FieldError("text", "The finding's text is required."));
    } else if (text.strip().length() > Finding.TEXT_LENGTH) {
      errors.add(
          new FieldError(
              "text", "The text is longer than " + Finding.TEXT_LENGTH + " characters."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The finding cannot be " + done + ".", errors);
    }
    return code;
  }

  public Optional<Finding> findFinding(long findingId) {
    return Optional.ofNullable(em.find(Finding.class, findingId))
        .filter(f -> access.canRead(f.getAssessment().getCouncil().getId()));
  }

  /** The follow-up deadlines and notified statements of a published outcome. */
  public FollowUp followUp(long assessmentId) {
    Assessment assessment = assessments.get(assessmentId);
    List<FollowUp.Rule> rules =
        deadlineRules().stream()
            .map(r -> new FollowUp.Rule(r.getCode(), r.getLabel(), r.ratingList(), r.schedule()))
            .toList();
    return FollowUp.of(
        assessment.getPublishedOn(),
        assessment.getRatingCode(),
        assessment.notifiableStatements(),
        rules);
  }

  /** The deadline rules; anyone signed in may read them. */
  public List<DeadlineRule> deadlineRules() {
    return em.createNamedQuery(DeadlineRule.ALL, DeadlineRule.class).getResultList();
  }

  /** The rating codes of every framework's bands (what a deadline rule may name). */
  public List<String> ratingCodes() {
    return em.createQuery("select distinct b.code from RatingBand b order by b.code", String.class)
        .getResultList();
  }

  public DeadlineRule deadlineRule(long id) {
    return Optional.ofNullable(em.find(DeadlineRule.class, id))
        .orElseThrow(() -> new NotFoundException("Deadline rule", id));
  }

  /** Administrators change how a follow-up deadline is computed. */
  public DeadlineRule changeDeadlineRule(
      long id,
      long expectedVersion,
      String label,
      List<String> ratings,
      int offset,
      String unit,
      Integer repeatEveryMonths,
      int occurrences) {
    DeadlineRule rule = deadlineRule(id);
    access.requireAdmin("change deadline rules");
    if (rule.getVersion() != expectedVersion) {
      throw new StaleVersionException("Deadline rule " + id, expectedVersion, rule.getVersion());
    }
    List<FieldError> errors = new ArrayList<>();
    if (label == null || label.isBlank()) {
      errors.add(new FieldError("label", "The label is required."));
    } else if (label.strip().length() > DeadlineRule.LABEL_LENGTH) {
      errors.add(new FieldError("label", "The label is too long."));
    }
    if (ratings == null || ratings.stream().allMatch(r -> r == null || r.isBlank())) {
      errors.add(new FieldError("ratings", "Name at least one rating code."));
    } else {
      List<String> known = ratingCodes();
      ratings.stream()
          .filter(r -> r != null && !r.isBlank() && !known.contains(r.strip()))
          .forEach(
              r ->
                  errors.add(
                      new FieldError(
                          "ratings",
                          "'"
                              + r.strip()
                              + "' is not a rating of any framework; use one of "
                              + String.join(", ", known)
                              + ".")));
    }
    if (offset < 0 || offset > 3650) {
      errors.add(new FieldError("offset", "The offset must be from 0 to 3650."));
    }
    org.ascassure.assessment.entity.DeadlineUnit deadlineUnit = null;
    try {
      deadlineUnit = org.ascassure.assessment.entity.DeadlineUnit.valueOf(String.valueOf(unit));
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("unit", "The unit must be DAYS or MONTHS."));
    }
    if (occurrences < 1 || occurrences > 40) {
      errors.add(new FieldError("occurrences", "Occurrences must be from 1 to 40."));
    }
    if (occurrences > 1 && (repeatEveryMonths == null || repeatEveryMonths < 1)) {
      errors.add(
          new FieldError("repeatEveryMonths", "A repeating deadline needs an interval in months."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The deadline rule cannot be changed.", errors);
    }
    rule.change(
        label,
        ratings.stream().filter(r -> r != null && !r.isBlank()).map(String::strip).toList(),
        new DeadlineSchedule(offset, deadlineUnit, repeatEveryMonths, occurrences));
    em.flush();
    return rule;
  }
}
