package org.ascassure.assessment.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ascassure.assessment.entity.Assessment;
import org.ascassure.council.boundary.Councils;
import org.ascassure.council.entity.Council;
import org.ascassure.framework.boundary.FrameworkCatalogue;
import org.ascassure.framework.entity.Framework;
import org.ascassure.framework.entity.QualityStatement;
import org.ascassure.framework.entity.StatementCode;
import org.ascassure.platform.boundary.FieldError;
import org.ascassure.platform.boundary.InvalidInputException;
import org.ascassure.platform.boundary.NotFoundException;
import org.ascassure.platform.boundary.Page;
import org.ascassure.platform.boundary.PageRequest;
import org.ascassure.security.boundary.Access;

/** Recording and reading councils' assessment outcomes. */
@Stateless
public class Assessments {

  static final ZoneId UK = ZoneId.of("Europe/London");

  @PersistenceContext EntityManager em;

  @Inject Councils councils;

  @Inject FrameworkCatalogue frameworks;

  @Inject Access access;

  /** Records a published outcome for a council; the overall result is computed from the scores. */
  public Assessment recordOutcome(long councilId, OutcomeRecord outcome) {
    Council council = councils.get(councilId);
    access.requireAdmin("record a published outcome");
    List<FieldError> errors = new ArrayList<>();
    Optional<Framework> framework = frameworkOf(outcome, errors);
    Map<QualityStatement, Integer> scores = checked(framework, outcome, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The outcome cannot be recorded.", errors);
    }
    Assessment assessment = new Assessment(council, framework.get());
    assessment.publishOutcome(outcome.publishedOn(), scores, outcome.overallGrade());
    em.persist(assessment);
    em.flush();
    return assessment;
  }

  /**
   * Everything wrong with an outcome, without recording it: lets a client that already found
   * problems of its own report all of them at once.
   */
  public List<FieldError> problemsWith(OutcomeRecord outcome) {
    List<FieldError> errors = new ArrayList<>();
    checked(frameworkOf(outcome, errors), outcome, errors);
    return errors;
  }

  private Optional<Framework> frameworkOf(OutcomeRecord outcome, List<FieldError> errors) {
    Optional<Framework> framework =
        outcome.framework() == null ? Optional.empty() : frameworks.findByCode(outcome.framework());
    if (framework.isEmpty()) {
      errors.add(
          new FieldError(
              "framework",
              outcome.framework() == null
                  ? "The framework is required, such as cqc-la-2023."
                  : "There is no framework '" + outcome.framework() + "'."));
    } else if (framework.get().isDraft()) {
      errors.add(
          new FieldError(
              "framework",
              "The framework '"
                  + outcome.framework()
                  + "' is a draft: outcomes are recorded against a published version."));
      return Optional.empty();
    }
    return framework;
  }

  private static Map<QualityStatement, Integer> checked(
      Optional<Framework> framework, OutcomeRecord outcome, List<FieldError> errors) {
    if (outcome.publishedOn() == null) {
      errors.add(new FieldError("publishedOn", "The publication date is required."));
    } else if (outcome.publishedOn().isAfter(LocalDate.now(UK))) {
      errors.add(new FieldError("publishedOn", "The publication date cannot be in the future."));
    }
    return framework.map(f -> checkedScores(f, outcome, errors)).orElse(Map.of());
  }

  /** The outcome, if it exists and the caller may see its council. */
  public Optional<Assessment> find(long id) {
    return Optional.ofNullable(em.find(Assessment.class, id))
        .filter(a -> access.canRead(a.getCouncil().getId()));
  }

  public Assessment get(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("Assessment", id));
  }

  public Page<Assessment> ofCouncil(long councilId, PageRequest request) {
    councils.get(councilId);
    List<Assessment> items =
        em.createNamedQuery(Assessment.OF_COUNCIL, Assessment.class)
            .setParameter("councilId", councilId)
            .setFirstResult(request.offset())
            .setMaxResults(request.size())
            .getResultList();
    long total =
        em.createNamedQuery(Assessment.COUNT_OF_COUNCIL, Long.class)
            .setParameter("councilId", councilId)
            .getSingleResult();
    return new Page<>(items, request.page(), request.size(), total);
  }

  private static Map<QualityStatement, Integer> checkedScores(
      Framework framework, OutcomeRecord outcome, List<FieldError> errors) {
    Map<QualityStatement, Integer> result = new LinkedHashMap<>();
    if (outcome.scores() == null || outcome.scores().isEmpty()) {
      errors.add(new FieldError("scores", "At least one statement must be scored."));
      return result;
    }
    int min = framework.minScore();
    int max = framework.maxScore();
    outcome.scores().entrySet().stream()
        .sorted(Map.Entry.comparingByKey(Comparator.nullsFirst(Comparator.naturalOrder())))
        .forEach(
            entry -> {
              String field = "scores." + entry.getKey();
              Optional<QualityStatement> statement = statementOf(framework, entry.getKey());
              if (statement.isEmpty()) {
                errors.add(
                    new FieldError(
                        field,
                        "'"
                            + entry.getKey()
                            + "' is not a statement of "
                            + framework.getName()
                            + "."));
              } else if (!statement.get().isScored()) {
                errors.add(
                    new FieldError(
                        field, statement.get().getCode() + " is a written judgement, not scored."));
              } else if (entry.getValue() == null
                  || entry.getValue() < min
                  || entry.getValue() > max) {
                errors.add(
                    new FieldError(
                        field,
                        "The score of "
                            + statement.get().getCode()
                            + " must be a whole number from "
                            + min
                            + " to "
                            + max
                            + "."));
              } else if (result.putIfAbsent(statement.get(), entry.getValue()) != null) {
                errors.add(new FieldError(field, statement.get().getCode() + " is scored twice."));
              }
            });
    if (!framework.isComputed()) {
      Integer grade = outcome.overallGrade();
      if (grade == null || grade < min || grade > max) {
        errors.add(
            new FieldError(
                "overallGrade",
                framework.getName()
                    + " records the overall grade: give a whole number from "
                    + min
                    + " to "
                    + max
                    + "."));
      }
    }
    return result;
  }

  /**
   * The statement a score is given for: by its code, or by the name a published report gives it
   * (its title or one of the other names administrators keep for it).
   */
  private static Optional<QualityStatement> statementOf(Framework framework, String code) {
    try {
      return framework.findStatement(StatementCode.parse(code));
    } catch (InvalidInputException notACode) {
      return framework.findStatementByName(code);
    }
  }
}
