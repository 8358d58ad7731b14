package org.ascassure.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.logging.Logger;
import org.ascassure.council.boundary.Councils;
import org.ascassure.council.entity.Council;
import org.ascassure.improvement.boundary.HighlightReportDetails;
import org.ascassure.improvement.boundary.HighlightReports;
import org.ascassure.improvement.boundary.ImprovementPlans;
import org.ascassure.improvement.entity.ImprovementPlan;
import org.ascassure.improvement.entity.Rag;
import org.ascassure.improvement.entity.RagAssessment;
import org.ascassure.improvement.entity.Workstream;
import org.ascassure.platform.control.Settings;

/**
 * Two monthly highlight reports of Fernshire's first workstream (last month's and the one before),
 * so the workstream page shows reports by period on first run: one with the computed RAG, one with
 * a director's different RAG and the reason. Loaded once; texts are invented.
 */
@Singleton
@Startup
@DependsOn("DemoImprovement")
public class DemoHighlightReports {

  private static final Logger LOG = Logger.getLogger(DemoHighlightReports.class.getName());

  @Inject Settings settings;

  @Inject Councils councils;

  @Inject ImprovementPlans plans;

  @Inject HighlightReports reports;

  @PostConstruct
  void loadIfRequested() {
    if (!settings.isDemoRequested() || settings.isProduction()) {
      return;
    }
    Council fernshire = councils.findByOnsCode(DemoData.ONS_CODE).orElse(null);
    if (fernshire == null) {
      return;
    }
    ImprovementPlan plan =
        plans.readablePlans().stream()
            .filter(p -> p.councilId() == fernshire.getId())
            .filter(p -> DemoImprovement.PLAN_TITLE.equals(p.getTitle()))
            .findFirst()
            .orElse(null);
    if (plan == null) {
      return;
    }
    List<Workstream> streams = plans.workstreams(plan.getId());
    if (streams.isEmpty() || !reports.ofWorkstream(streams.get(0).getId()).isEmpty()) {
      return;
    }
    Workstream front = streams.get(0);
    LocalDate today = ImprovementPlans.today();
    RagAssessment computed = reports.workstreamRag(front.getId(), today);
    YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
    reports.write(
        front.getId(),
        new HighlightReportDetails(
            lastMonth.minusMonths(1).toString(),
            lastMonth.minusMonths(1).atEndOfMonth(),
            "Waiting list for assessments cut from 412 to 318 people. Duty triage rota agreed"
                + " with the two area teams.",
            "Start the triage pilot in the south team; agree the reviews backlog trajectory with"
                + " finance.",
            "Two social worker vacancies in the review team; agency cover ends next month.",
            computed.colour().isRated() ? computed.colour() : Rag.AMBER,
            computed.colour().isRated() ? null : "No action was rated yet."));
    reports.write(
        front.getId(),
        new HighlightReportDetails(
            lastMonth.toString(),
            lastMonth.atEndOfMonth(),
            "Triage pilot live in the south team: 83% of new referrals triaged within five"
                + " working days.",
            "Extend triage to the north team; recruit two review social workers.",
            "The oldest reviews are slipping while the vacancies stay open.",
            computed.colour() == Rag.RED ? Rag.AMBER : Rag.RED,
            computed.colour() == Rag.RED
                ? "The late action has a recovery plan agreed at the board; red overstates it."
                : "Review backlog growing faster than the actions show."));
    LOG.info("ASC Assure demo highlight reports for Fernshire County Council loaded.");
  }
}
