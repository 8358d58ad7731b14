package org.ascassure.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.ascassure.assessment.boundary.AssessmentLifecycle;
import org.ascassure.assessment.boundary.Assessments;
import org.ascassure.assessment.boundary.MilestoneRecord;
import org.ascassure.assessment.entity.Assessment;
import org.ascassure.assessment.entity.Finding;
import org.ascassure.assessment.entity.FindingKind;
import org.ascassure.assessment.entity.MilestoneKind;
import org.ascassure.council.boundary.Councils;
import org.ascassure.council.entity.Council;
import org.ascassure.improvement.boundary.ActionChange;
import org.ascassure.improvement.boundary.ActionDetails;
import org.ascassure.improvement.boundary.ImprovementPlans;
import org.ascassure.improvement.boundary.PlanDetails;
import org.ascassure.improvement.boundary.ProgressNote;
import org.ascassure.improvement.boundary.WorkstreamDetails;
import org.ascassure.improvement.entity.ActionStatus;
import org.ascassure.improvement.entity.Audience;
import org.ascassure.improvement.entity.ImprovementAction;
import org.ascassure.improvement.entity.ImprovementPlan;
import org.ascassure.improvement.entity.Workstream;
import org.ascassure.platform.boundary.PageRequest;
import org.ascassure.platform.control.Settings;

/**
 * Fernshire's life after its assessment: the timeline and findings of its published outcome and an
 * improvement plan part-way through, with a quarterly and a monthly snapshot behind it, so the
 * dashboard shows red, amber and slipped actions on first run. Dates are relative to today. Loaded
 * once: a later start finds the plan and leaves everything alone. All texts are invented.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class DemoImprovement {

  public static final String PLAN_TITLE = "Fernshire adult social care improvement plan";

  private static final Logger LOG = Logger.getLogger(DemoImprovement.class.getName());

  @Inject Settings settings;

  @Inject Councils councils;

  @Inject Assessments assessments;

  @Inject AssessmentLifecycle lifecycle;

  @Inject ImprovementPlans plans;

  @PostConstruct
  void loadIfRequested() {
    if (!settings.isDemoRequested() || settings.isProduction()) {
      return;
    }
    Council fernshire = councils.findByOnsCode(DemoData.ONS_CODE).orElse(null);
    if (fernshire == null || plans.plansOf(fernshire.getId(), PageRequest.first()).total() > 0) {
      return;
    }
    Assessment assessment =
        assessments.ofCouncil(fernshire.getId(), PageRequest.first()).items().stream()
            .findFirst()
            .orElse(null);
    if (assessment == null) {
      return;
    }
    timeline(assessment);
    Map<String, Finding> findings = findings(assessment);
    plan(fernshire, assessment, findings);
    LOG.info("ASC Assure demo improvement plan for Fernshire County Council loaded.");
  }

  private void timeline(Assessment assessment) {
    LocalDate published = assessment.getPublishedOn();
    milestone(assessment, MilestoneKind.NOTIFIED, published.minusDays(190), null);
    milestone(assessment, MilestoneKind.INFORMATION_RETURN_DUE, published.minusDays(169), null);
    milestone(
        assessment, MilestoneKind.INFORMATION_RETURN_SUBMITTED, published.minusDays(170), null);
    milestone(assessment, MilestoneKind.CASE_LIST_SUBMITTED, published.minusDays(120), 48);
    milestone(assessment, MilestoneKind.CASES_SELECTED, published.minusDays(105), 6);
    milestone(assessment, MilestoneKind.SITE_VISIT, published.minusDays(84), null);
    milestone(assessment, MilestoneKind.DRAFT_REPORT_RECEIVED, published.minusDays(35), null);
    milestone(assessment, MilestoneKind.FACTUAL_ACCURACY_DUE, published.minusDays(21), null);
    milestone(assessment, MilestoneKind.FACTUAL_ACCURACY_SUBMITTED, published.minusDays(22), null);
    milestone(assessment, MilestoneKind.PUBLISHED, published, null);
  }

  private void milestone(Assessment a, MilestoneKind kind, LocalDate on, Integer cases) {
    lifecycle.recordMilestone(a.getId(), new MilestoneRecord(kind, on, on, cases, null));
  }

  private Map<String, Finding> findings(Assessment a) {
    Map<String, Finding> byKey = new LinkedHashMap<>();
    byKey.put(
        "front door",
        finding(
            a,
            "QS1",
            FindingKind.AREA_FOR_IMPROVEMENT,
            "People waited too long for a needs assessment; the oldest cases were over a year."));
    byKey.put(
        "carers",
        finding(
            a,
            "QS1",
            FindingKind.AREA_FOR_IMPROVEMENT,
            "Unpaid carers were not always offered an assessment of their own."));
    finding(
        a,
        "QS1",
        FindingKind.STRENGTH,
        "Staff knew the people they supported well and wrote clear, personal care plans.");
    byKey.put(
        "equity",
        finding(
            a,
            "QS3",
            FindingKind.AREA_FOR_IMPROVEMENT,
            "The council could not show that people from rural and minority communities had"
                + " fair access to support; data on outcomes by group was missing."));
    byKey.put(
        "reviews",
        finding(
            a,
            "QS4",
            FindingKind.AREA_FOR_IMPROVEMENT,
            "Annual reviews were overdue for a third of people with long-term support."));
    finding(
        a,
        "QS5",
        FindingKind.STRENGTH,
        "Voluntary sector partners described the council as open and easy to work with.");
    byKey.put(
        "transitions",
        finding(
            a,
            "QS6",
            FindingKind.AREA_FOR_IMPROVEMENT,
            "Young people moving to adult services often had no plan six months before"
                + " their eighteenth birthday."));
    byKey.put(
        "safeguarding",
        finding(
            a,
            "QS7",
            FindingKind.AREA_FOR_IMPROVEMENT,
            "Safeguarding concerns were screened quickly but outcomes were not always"
                + " fed back to the person who raised them."));
    byKey.put(
        "assurance",
        finding(
            a,
            "QS8",
            FindingKind.AREA_FOR_IMPROVEMENT,
            "Leaders lacked timely performance data to see where practice was slipping."));
    finding(
        a,
        "QS9",
        FindingKind.STRENGTH,
        "A practice forum shared learning from complaints across teams every month.");
    return byKey;
  }

  private Finding finding(Assessment a, String code, FindingKind kind, String text) {
    return lifecycle.addFinding(a.getId(), code, kind, text);
  }

  /** One action of the demo plan, described as it stood a quarter ago. */
  private record Spec(
      int workstream,
      String title,
      String owner,
      int startDays,
      int dueDays,
      String statement,
      String finding) {}

  private void plan(Council council, Assessment assessment, Map<String, Finding> findings) {
    LocalDate today = ImprovementPlans.today();
    ImprovementPlan plan =
        plans.createPlan(council.getId(), new PlanDetails(PLAN_TITLE, assessment.getId()));
    List<Workstream> streams =
        List.of(
            workstream(
                plan,
                "Timely assessments and reviews",
                "Priya Hollis",
                "QS1,QS4",
                650_000,
                820_000,
                "Front door delivery group"),
            workstream(
                plan,
                "Fair access for every community",
                "Tom Achebe",
                "QS3",
                300_000,
                450_000,
                "Equity and inclusion task group"),
            workstream(
                plan,
                "Safe transitions and safeguarding",
                "Rachel Oduya",
                "QS6,QS7",
                420_000,
                560_000,
                "Safeguarding partnership group"),
            workstream(
                plan,
                "Performance and assurance",
                "Gareth Lewin",
                "QS8",
                180_000,
                240_000,
                "Transformation delivery board"));
    List<Spec> specs =
        List.of(
            new Spec(
                0,
                "Clear assessments waiting over six months",
                "demo.lead",
                -120,
                30,
                "QS1",
                "front door"),
            new Spec(
                0,
                "Triage every new referral within five working days",
                "demo.lead",
                -110,
                60,
                "QS1",
                "front door"),
            new Spec(
                0, "Offer every carer their own assessment", "j.marsh", -100, 120, "QS1", "carers"),
            new Spec(
                0,
                "Bring overdue annual reviews below ten per cent",
                "demo.lead",
                -90,
                10,
                "QS4",
                "reviews"),
            new Spec(
                1,
                "Publish outcomes by age, ethnicity and locality",
                "t.achebe",
                -100,
                -5,
                "QS3",
                "equity"),
            new Spec(
                1,
                "Open two rural advice points with parish councils",
                "k.benn",
                -80,
                150,
                "QS3",
                "equity"),
            new Spec(
                1,
                "Train staff on culturally competent assessment",
                "demo.lead",
                -70,
                40,
                "QS3",
                "equity"),
            new Spec(
                2,
                "Agree a transitions protocol with children's services",
                "r.oduya",
                -120,
                -20,
                "QS6",
                "transitions"),
            new Spec(
                2,
                "Start planning at fourteen for every young person known",
                "demo.lead",
                -60,
                200,
                "QS6",
                "transitions"),
            new Spec(
                2,
                "Feed back safeguarding outcomes to every referrer",
                "s.patel",
                -90,
                12,
                "QS7",
                "safeguarding"),
            new Spec(
                2,
                "Audit forty safeguarding enquiries a quarter",
                "s.patel",
                -110,
                100,
                "QS7",
                "safeguarding"),
            new Spec(
                3,
                "Weekly performance dashboard for heads of service",
                "g.lewin",
                -120,
                -40,
                "QS8",
                "assurance"),
            new Spec(
                3,
                "Monthly practice quality audit report to the board",
                "demo.director",
                -100,
                90,
                "QS8",
                "assurance"));
    List<ImprovementAction> actions = new ArrayList<>();
    for (Spec spec : specs) {
      actions.add(
          plans.addAction(
              streams.get(spec.workstream()).getId(),
              new ActionDetails(
                  spec.title(),
                  null,
                  spec.owner(),
                  today.plusDays(spec.startDays()),
                  today.plusDays(spec.dueDays()),
                  List.of(spec.statement()),
                  List.of(findings.get(spec.finding()).getId()),
                  null)));
    }
    // a quarter ago: work under way almost everywhere
    int[] quarterPercent = {30, 40, 45, 20, 40, 40, 10, 50, 30, 20, 30, 60, 20};
    for (int i = 0; i < actions.size(); i++) {
      progress(actions.get(i), quarterPercent[i], today.minusDays(92), "Work under way.");
    }
    plans.freeze(plan.getId(), today.minusMonths(3), Audience.QUARTERLY_DHSC);

    // a month ago: the dashboard went live; two actions were given more time
    complete(actions.get(11), today.minusDays(35), "Dashboard live for all heads of service.");
    progress(actions.get(0), 60, today.minusDays(33), "Agency assessors cleared 140 cases.");
    progress(
        actions.get(4),
        70,
        today.minusDays(33),
        "Locality data gathered; ethnicity data" + " incomplete for two teams.");
    moveDue(actions.get(2), today.plusDays(150), "Carers' centre contract starts later.");
    moveDue(actions.get(10), today.plusDays(130), "Audit tool being rebuilt.");
    progress(actions.get(10), 50, today.minusDays(32), "First quarter's audits done.");
    plans.freeze(plan.getId(), today.minusMonths(1), Audience.MONTHLY_BOARD);

    // since then: a block, a further slip, a completion and two new actions
    block(
        actions.get(7),
        today.minusDays(12),
        "Children's services restructure has paused sign-off of the protocol.");
    moveDue(actions.get(3), today.plusDays(45), "Review team short of two social workers.");
    complete(actions.get(12), today.minusDays(6), "First audit report presented to the board.");
    progress(actions.get(1), 70, today.minusDays(8), "Triage pilot extended to the north team.");
    progress(actions.get(9), 45, today.minusDays(5), "Letters template agreed; rollout next.");
    plans.addAction(
        streams.get(0).getId(),
        new ActionDetails(
            "Recruit two review social workers",
            null,
            "demo.lead",
            today.minusDays(10),
            today.plusDays(75),
            List.of("QS4"),
            List.of(findings.get("reviews").getId()),
            null));
    plans.addAction(
        streams.get(1).getId(),
        new ActionDetails(
            "Translate the front door leaflet into five languages",
            null,
            "k.benn",
            today.minusDays(7),
            today.plusDays(8),
            List.of("QS3"),
            List.of(findings.get("equity").getId()),
            null));
  }

  private Workstream workstream(
      ImprovementPlan plan,
      String title,
      String lead,
      String codes,
      long low,
      long high,
      String group) {
    return plans.addWorkstream(
        plan.getId(),
        new WorkstreamDetails(title, lead, List.of(codes.split(",")), low, high, group));
  }

  private void progress(ImprovementAction action, int percent, LocalDate on, String note) {
    plans.reportProgress(
        action.getId(), new ProgressNote(on, note, ActionStatus.IN_PROGRESS, percent, null));
  }

  private void complete(ImprovementAction action, LocalDate on, String note) {
    plans.reportProgress(
        action.getId(), new ProgressNote(on, note, ActionStatus.COMPLETE, 100, null));
  }

  private void block(ImprovementAction action, LocalDate on, String reason) {
    plans.reportProgress(
        action.getId(), new ProgressNote(on, reason, ActionStatus.BLOCKED, null, reason));
  }

  private void moveDue(ImprovementAction action, LocalDate due, String why) {
    ImprovementAction current = plans.getAction(action.getId());
    plans.changeAction(
        current.getId(),
        current.getVersion(),
        new ActionChange(
            new ActionDetails(
                current.getTitle(),
                why,
                current.getOwner(),
                current.getStartOn(),
                due,
                current.getStatementCodes(),
                current.getFindingIds(),
                current.getMilestones()),
            current.getStatus(),
            current.getPercentComplete(),
            current.getBlockedReason(),
            null,
            null));
  }
}
