package org.ascassure.improvement.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ascassure.improvement.entity.HighlightReport;
import org.ascassure.improvement.entity.RagAssessment;
import org.ascassure.improvement.entity.ReportPeriod;
import org.ascassure.improvement.entity.Workstream;
import org.ascassure.improvement.entity.WorkstreamRag;
import org.ascassure.platform.boundary.ConflictException;
import org.ascassure.platform.boundary.FieldError;
import org.ascassure.platform.boundary.InvalidInputException;
import org.ascassure.platform.boundary.NotFoundException;
import org.ascassure.platform.boundary.StaleVersionException;
import org.ascassure.security.boundary.Access;
import org.ascassure.security.entity.Role;

/**
 * Workstream highlight reports: one per workstream and period, written and edited by the council's
 * directors and administrators (as the plan itself), read by every member. The computed RAG is the
 * workstream's on the day the report is saved.
 */
@Stateless
public class HighlightReports {

  @PersistenceContext EntityManager em;

  @Inject Access access;

  @Inject ImprovementPlans plans;

  /** The workstream's RAG on {@code day}, from its actions. */
  public RagAssessment workstreamRag(long workstreamId, LocalDate day) {
    return WorkstreamRag.of(
        plans.actions(workstreamId).stream().map(a -> plans.rag(a, day).colour()).toList());
  }

  public HighlightReport write(long workstreamId, HighlightReportDetails details) {
    Workstream workstream = plans.getWorkstream(workstreamId);
    Access.Caller caller =
        access.requireRole(
            workstream.getPlan().councilId(), "write highlight reports", Role.DIRECTOR);
    HighlightReport report = new HighlightReport(workstream, caller.name());
    apply(report, details, "The highlight report cannot be saved.");
    em.persist(report);
    em.flush();
    return report;
  }

  public HighlightReport change(long id, long expectedVersion, HighlightReportDetails details) {
    HighlightReport report = get(id);
    access.requireRole(report.councilId(), "write highlight reports", Role.DIRECTOR);
    if (report.getVersion() != expectedVersion) {
      throw new StaleVersionException(
          "Highlight report " + id, expectedVersion, report.getVersion());
    }
    apply(report, details, "The highlight report cannot be changed.");
    em.flush();
    return report;
  }

  /** A workstream's reports, latest period first. */
  public List<HighlightReport> ofWorkstream(long workstreamId) {
    plans.getWorkstream(workstreamId);
    return em.createNamedQuery(HighlightReport.OF_WORKSTREAM, HighlightReport.class)
        .setParameter("workstreamId", workstreamId)
        .getResultList();
  }

  public Optional<HighlightReport> find(long id) {
    return Optional.ofNullable(em.find(HighlightReport.class, id))
        .filter(r -> access.canRead(r.councilId()));
  }

  public HighlightReport get(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("Highlight report", id));
  }

  /** Whether the caller may write the reports of a workstream's council. */
  public boolean canWrite(Workstream workstream) {
    return plans.canDirect(workstream.getPlan().councilId());
  }

  private void apply(HighlightReport report, HighlightReportDetails details, String summary) {
    List<FieldError> errors = new ArrayList<>();
    if (details == null) {
      throw new InvalidInputException("details", "The report's contents are required.");
    }
    ReportPeriod period = null;
    try {
      period = ReportPeriod.parse(details.period());
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
    }
    LocalDate today = ImprovementPlans.today();
    LocalDate writtenOn = details.writtenOn() == null ? today : details.writtenOn();
    if (writtenOn.isAfter(today)) {
      errors.add(new FieldError("writtenOn", "A report cannot be dated in the future."));
    }
    required("achievements", "Say what the workstream achieved.", details.achievements(), errors);
    required("nextSteps", "Say what comes next.", details.nextSteps(), errors);
    longest("risks", details.risks(), HighlightReport.TEXT_LENGTH, errors);
    RagAssessment computed = workstreamRag(report.getWorkstream().getId(), today);
    if (details.chosenRag() == null || !details.chosenRag().isRated()) {
      errors.add(
          new FieldError("chosenRag", "Choose the workstream's RAG: RED, AMBER, GREEN or BLUE."));
    } else if (details.chosenRag() != computed.colour()
        && (details.ragReason() == null || details.ragReason().isBlank())) {
      errors.add(
          new FieldError(
              "ragReason",
              "The RAG chosen ("
                  + details.chosenRag()
                  + ") differs from the computed one ("
                  + computed.colour()
                  + "): say why."));
    }
    longest("ragReason", details.ragReason(), HighlightReport.REASON_LENGTH, errors);
    if (period != null) {
      String value = period.value();
      boolean taken =
          em
              .createNamedQuery(HighlightReport.BY_PERIOD, HighlightReport.class)
              .setParameter("workstreamId", report.getWorkstream().getId())
              .setParameter("period", value)
              .getResultList()
              .stream()
              .anyMatch(r -> !r.getId().equals(report.getId()));
      if (taken && errors.isEmpty()) {
        throw new ConflictException(
            "The workstream already has a highlight report for "
                + period.label()
                + ": edit that one instead.");
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(summary, errors);
    }
    report.write(
        period,
        writtenOn,
        details.achievements(),
        details.nextSteps(),
        details.risks(),
        computed,
        details.chosenRag(),
        details.ragReason());
  }

  private static void required(String field, String message, String value, List<FieldError> e) {
    if (value == null || value.isBlank()) {
      e.add(new FieldError(field, message));
    } else {
      longest(field, value, HighlightReport.TEXT_LENGTH, e);
    }
  }

  private static void longest(String field, String value, int max, List<FieldError> errors) {
    if (value != null && value.strip().length() > max) {
      errors.add(new FieldError(field, "This is longer than " + max + " characters."));
    }
  }
}
