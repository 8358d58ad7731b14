package org.ascassure.improvement.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ascassure.assessment.boundary.AssessmentLifecycle;
import org.ascassure.assessment.boundary.Assessments;
import org.ascassure.assessment.boundary.MilestoneRecord;
import org.ascassure.assessment.boundary.OutcomeRecord;
import org.ascassure.assessment.entity.Assessment;
import org.ascassure.assessment.entity.FindingKind;
import org.ascassure.assessment.entity.FollowUp;
import org.ascassure.assessment.entity.FollowUpDeadline;
import org.ascassure.assessment.entity.MilestoneKind;
import org.ascassure.audit.boundary.AuditQuery;
import org.ascassure.audit.boundary.AuditTrail;
import org.ascassure.audit.entity.AuditAction;
import org.ascassure.audit.entity.AuditRecord;
import org.ascassure.council.boundary.Councils;
import org.ascassure.council.entity.Council;
import org.ascassure.improvement.entity.ActionStatus;
import org.ascassure.improvement.entity.Audience;
import org.ascassure.improvement.entity.HighlightReport;
import org.ascassure.improvement.entity.ImprovementAction;
import org.ascassure.improvement.entity.ImprovementPlan;
import org.ascassure.improvement.entity.PlanChanges;
import org.ascassure.improvement.entity.PlanSnapshot;
import org.ascassure.improvement.entity.Rag;
import org.ascassure.improvement.entity.Workstream;
import org.ascassure.platform.boundary.InvalidInputException;
import org.ascassure.platform.boundary.PageRequest;
import org.ascassure.platform.boundary.StaleVersionException;
import org.ascassure.testing.DomainDeployment;
import org.ascassure.testing.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Plans, RAG, snapshots and deadlines against the real schema inside Payara Micro. */
@ExtendWith(ArquillianExtension.class)
class ImprovementPlansIT {

  @Deployment
  static WebArchive deployment() {
    return DomainDeployment.withTests(TestData.class);
  }

  @Inject ImprovementPlans plans;

  @Inject AssessmentLifecycle lifecycle;

  @Inject Assessments assessments;

  @EJB Councils councils;

  @Inject AuditTrail trail;

  @Inject HighlightReports highlights;

  @PersistenceContext EntityManager em;

  @Resource UserTransaction transaction;

  private final LocalDate today = ImprovementPlans.today();

  private Assessment outcome(Council council, LocalDate published) {
    Map<String, Integer> scores = new LinkedHashMap<>();
    for (int i = 1; i <= 9; i++) {
      scores.put("QS" + i, i == 3 ? 1 : 2);
    }
    return assessments.recordOutcome(
        council.getId(), new OutcomeRecord("cqc-la-2023", published, scores, null));
  }

  private Workstream workstream(ImprovementPlan plan) {
    return plans.addWorkstream(
        plan.getId(),
        new WorkstreamDetails(
            "Timely assessments", "Ann Director", List.of("qs1"), 100_000L, 150_000L, "Board"));
  }

  private ImprovementAction action(Workstream w, String title, LocalDate due) {
    return plans.addAction(
        w.getId(),
        new ActionDetails(title, null, "some.lead", null, due, List.of("QS1"), List.of(), null));
  }

  private ActionChange same(ImprovementAction a, ActionStatus status, int percent, String why) {
    return new ActionChange(
        new ActionDetails(
            a.getTitle(),
            a.getDescription(),
            a.getOwner(),
            a.getStartOn(),
            a.getDueOn(),
            a.getStatementCodes(),
            a.getFindingIds(),
            a.getMilestones()),
        status,
        percent,
        why,
        null,
        null);
  }

  @Test
  void ragIsDerivedFromWhatIsStoredAndExplained() {
    Council council = councils.create(TestData.council("Rag County Council"));
    ImprovementPlan plan = plans.createPlan(council.getId(), new PlanDetails("Plan", null));
    Workstream w = workstream(plan);
    ImprovementAction soon = action(w, "Due soon", today.plusDays(5));

    assertThat(plans.rag(plans.getAction(soon.getId()), today).colour()).isEqualTo(Rag.AMBER);

    ImprovementAction blocked =
        plans.changeAction(
            soon.getId(),
            soon.getVersion(),
            same(soon, ActionStatus.BLOCKED, 30, "Waiting for the finance decision"));
    ImprovementAction reread = plans.getAction(blocked.getId());
    assertThat(reread.getStatus()).isEqualTo(ActionStatus.BLOCKED);
    assertThat(reread.getBlockedReason()).isEqualTo("Waiting for the finance decision");
    assertThat(plans.rag(reread, today).colour()).isEqualTo(Rag.RED);
    assertThat(plans.rag(reread, today).reason())
        .isEqualTo("Blocked: Waiting for the finance decision");

    plans.reportProgress(
        soon.getId(), new ProgressNote(null, "Finished early", ActionStatus.COMPLETE, null, null));
    ImprovementAction done = plans.getAction(soon.getId());
    assertThat(done.getPercentComplete()).isEqualTo(100);
    assertThat(plans.rag(done, today).colour()).isEqualTo(Rag.BLUE);
    assertThat(plans.updates(soon.getId()))
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.getNote()).isEqualTo("Finished early");
              assertThat(u.getStatusAfter()).isEqualTo(ActionStatus.COMPLETE);
              assertThat(u.getWrittenOn()).isEqualTo(today);
            });
  }

  @Test
  void aStaleEditIsRefusedAndABlockWithoutReasonIsInvalid() {
    Council council = councils.create(TestData.council("Stale County Council"));
    ImprovementPlan plan = plans.createPlan(council.getId(), new PlanDetails("Plan", null));
    ImprovementAction a = action(workstream(plan), "Action", today.plusDays(60));

    assertThatThrownBy(
            () ->
                plans.changeAction(
                    a.getId(), a.getVersion(), same(a, ActionStatus.BLOCKED, 0, " ")))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).errors())
                    .extracting(err -> err.field())
                    .contains("blockedReason"));
    plans.changeAction(a.getId(), a.getVersion(), same(a, ActionStatus.IN_PROGRESS, 10, null));
    assertThatThrownBy(
            () ->
                plans.changeAction(
                    a.getId(), a.getVersion(), same(a, ActionStatus.IN_PROGRESS, 20, null)))
        .isInstanceOf(StaleVersionException.class);
  }

  @Test
  void aSnapshotNeverChangesAndComparisonsShowWhatMoved() throws Exception {
    Council council = councils.create(TestData.council("Snapshot County Council"));
    ImprovementPlan plan = plans.createPlan(council.getId(), new PlanDetails("Plan", null));
    Workstream w = workstream(plan);
    ImprovementAction slipping = action(w, "Slipping", today.plusDays(60));
    ImprovementAction finishing = action(w, "Finishing", today.plusDays(60));
    PlanSnapshot first = plans.freeze(plan.getId(), today.minusDays(7), Audience.QUARTERLY_DHSC);
    String frozen = first.getContent();

    ImprovementAction s = plans.getAction(slipping.getId());
    plans.changeAction(
        s.getId(),
        s.getVersion(),
        new ActionChange(
            new ActionDetails(
                s.getTitle(),
                null,
                s.getOwner(),
                null,
                today.plusDays(120),
                List.of(),
                List.of(),
                null),
            ActionStatus.IN_PROGRESS,
            10,
            null,
            null,
            null));
    plans.reportProgress(
        finishing.getId(), new ProgressNote(null, "Done", ActionStatus.COMPLETE, null, null));
    ImprovementAction added = action(w, "Added later", today.plusDays(90));
    PlanSnapshot second = plans.freeze(plan.getId(), today, Audience.MONTHLY_BOARD);

    // an attempt to change the stored copy behind the service's back does not stick
    transaction.begin();
    try {
      PlanSnapshot managed = em.find(PlanSnapshot.class, first.getId());
      Field content = PlanSnapshot.class.getDeclaredField("content");
      content.setAccessible(true);
      content.set(managed, "{\"tampered\":true}");
      transaction.commit();
    } catch (Exception refused) {
      if (transaction.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    }
    em.getEntityManagerFactory().getCache().evictAll();
    PlanSnapshot reread = plans.getSnapshot(plan.getId(), first.getId());
    assertThat(reread.getContent()).isEqualTo(frozen);
    assertThat(reread.isIntact()).isTrue();

    PlanChanges changes = plans.changes(plan.getId(), second.getId(), first.getId());
    assertThat(changes.newActions()).extracting(a -> a.id()).containsExactly(added.getId());
    assertThat(changes.completed())
        .extracting(c -> c.after().id())
        .containsExactly(finishing.getId());
    assertThat(changes.slipped()).extracting(c -> c.after().id()).containsExactly(slipping.getId());
    assertThat(plans.snapshotsOf(plan.getId()))
        .extracting(PlanSnapshot::getId)
        .containsExactly(second.getId(), first.getId());
  }

  @Test
  void theSummaryCountsRagPerWorkstreamAndShowsOverdueSlippedAndDeadlines() {
    Council council = councils.create(TestData.council("Summary County Council"));
    Assessment assessment = outcome(council, today.minusMonths(2));
    ImprovementPlan plan =
        plans.createPlan(council.getId(), new PlanDetails("Plan", assessment.getId()));
    Workstream w = workstream(plan);
    ImprovementAction late = action(w, "Late", today.minusDays(3));
    action(w, "Fine", today.plusDays(100));
    ImprovementAction slips = action(w, "Slips", today.plusDays(30));
    plans.freeze(plan.getId(), today, Audience.MONTHLY_BOARD);
    ImprovementAction s = plans.getAction(slips.getId());
    plans.reportProgress(
        s.getId(), new ProgressNote(null, "Stuck", ActionStatus.BLOCKED, 10, "No staff"));

    PlanSummary summary = plans.summary(plan.getId(), today);

    assertThat(summary.workstreams())
        .singleElement()
        .satisfies(
            ws -> {
              assertThat(ws.ragCounts())
                  .containsEntry(Rag.RED, 2L)
                  .containsEntry(Rag.GREEN, 1L)
                  .containsEntry(Rag.AMBER, 0L);
            });
    assertThat(summary.overdue()).extracting(a -> a.id()).containsExactly(late.getId());
    assertThat(summary.slipped()).extracting(c -> c.after().id()).containsExactly(slips.getId());
    assertThat(summary.costLowTotal()).isEqualTo(100_000L);
    assertThat(summary.costHighTotal()).isEqualTo(150_000L);
    assertThat(summary.nextDeadlines()).isNotEmpty();
    assertThat(summary.nextDeadlines().get(0).code()).isEqualTo("STAGE_2_REVIEW");
    assertThat(summary.notifiedStatements()).containsExactly("QS3");
  }

  @Test
  void deadlinesComeFromTheRulesInTheDatabase() {
    Council council = councils.create(TestData.council("Deadline County Council"));
    Assessment assessment = outcome(council, LocalDate.of(2023, 11, 30));

    FollowUp followUp = lifecycle.followUp(assessment.getId());

    assertThat(followUp.rating()).isEqualTo("REQUIRES_IMPROVEMENT");
    assertThat(followUp.deadlines())
        .extracting(FollowUpDeadline::dueOn)
        .startsWith(
            LocalDate.of(2023, 12, 10),
            LocalDate.of(2024, 2, 29),
            LocalDate.of(2024, 5, 30),
            LocalDate.of(2024, 8, 30));
    assertThat(followUp.notifiedStatements()).containsExactly("QS3");
  }

  @Test
  void milestonesAndFindingsBelongToTheAssessment() {
    Council council = councils.create(TestData.council("Timeline County Council"));
    Assessment assessment = outcome(council, today.minusDays(1));
    lifecycle.recordMilestone(
        assessment.getId(),
        new MilestoneRecord(
            MilestoneKind.CASE_LIST_SUBMITTED, null, today.minusDays(90), 50, null));
    lifecycle.recordMilestone(
        assessment.getId(),
        new MilestoneRecord(
            MilestoneKind.CASES_SELECTED, today.minusDays(80), today.minusDays(80), 6, null));
    lifecycle.recordMilestone(
        assessment.getId(),
        new MilestoneRecord(
            MilestoneKind.CASES_SELECTED,
            today.minusDays(80),
            today.minusDays(79),
            7,
            "corrected"));
    lifecycle.addFinding(assessment.getId(), "qs3", FindingKind.AREA_FOR_IMPROVEMENT, "Data gaps");

    assertThat(lifecycle.milestones(assessment.getId()))
        .extracting(m -> m.getKind() + " " + m.getCaseCount())
        .containsExactly("CASE_LIST_SUBMITTED 50", "CASES_SELECTED 7");
    assertThat(lifecycle.findings(assessment.getId()))
        .singleElement()
        .satisfies(f -> assertThat(f.getStatementCode()).isEqualTo("QS3"));
    assertThatThrownBy(
            () ->
                lifecycle.addFinding(
                    assessment.getId(), "QS12", FindingKind.STRENGTH, "Not a statement"))
        .isInstanceOf(InvalidInputException.class);
    assertThat(lifecycle.nextDue(assessment.getId(), today))
        .get()
        .satisfies(next -> assertThat(next.what()).startsWith("Stage 1 response"));
  }

  @Test
  void aPlanStartedFromTheAreasForImprovementHasAWorkstreamPerThemeAndAnActionPerArea() {
    Council council = councils.create(TestData.council("Findings Plan County Council"));
    Assessment assessment = outcome(council, today.minusDays(5));
    long waits =
        lifecycle
            .addFinding(assessment.getId(), "QS1", FindingKind.AREA_FOR_IMPROVEMENT, "Long waits")
            .getId();
    lifecycle.addFinding(assessment.getId(), "QS2", FindingKind.STRENGTH, "Good prevention");
    long transitions =
        lifecycle
            .addFinding(
                assessment.getId(), "QS6", FindingKind.AREA_FOR_IMPROVEMENT, "Late transitions")
            .getId();
    long carers =
        lifecycle
            .addFinding(
                assessment.getId(), "QS1", FindingKind.AREA_FOR_IMPROVEMENT, "Carers missed")
            .getId();

    ImprovementPlan plan =
        plans.startFromAssessment(council.getId(), new PlanDetails(" ", assessment.getId()), null);

    assertThat(plan.getTitle()).startsWith("Improvement plan: CQC assessment published ");
    assertThat(plan.getAssessment().getId()).isEqualTo(assessment.getId());
    List<Workstream> streams = plans.workstreams(plan.getId());
    assertThat(streams)
        .extracting(w -> w.getTitle() + " " + w.getStatementCodes())
        .containsExactly("Working with people [QS1]", "Ensuring safety within the system [QS6]");
    assertThat(plans.actions(streams.get(0).getId()))
        .extracting(a -> a.getTitle() + " " + a.getFindingIds() + " " + a.getStatementCodes())
        .containsExactlyInAnyOrder(
            "Long waits [" + waits + "] [QS1]", "Carers missed [" + carers + "] [QS1]");
    LocalDate stage2 = assessment.getPublishedOn().plusMonths(3);
    assertThat(plans.actionsOfPlan(plan.getId()))
        .allSatisfy(
            a -> {
              assertThat(a.getOwner()).isEqualTo("system");
              assertThat(a.getStartOn()).isEqualTo(today);
              assertThat(a.getDueOn()).isEqualTo(stage2);
              assertThat(a.getStatus()).isEqualTo(ActionStatus.NOT_STARTED);
            });

    ImprovementPlan chosen =
        plans.startFromAssessment(
            council.getId(),
            new PlanDetails("Transitions", assessment.getId()),
            List.of(transitions));
    assertThat(plans.actionsOfPlan(chosen.getId()))
        .singleElement()
        .satisfies(a -> assertThat(a.getFindingIds()).containsExactly(transitions));
    assertThatThrownBy(
            () ->
                plans.startFromAssessment(
                    council.getId(),
                    new PlanDetails("Strengths", assessment.getId()),
                    List.of(transitions + 1000)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("cannot be started");
    Assessment none = outcome(council, today.minusDays(2));
    assertThatThrownBy(
            () ->
                plans.startFromAssessment(
                    council.getId(), new PlanDetails("Empty", none.getId()), null))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).errors())
                    .singleElement()
                    .satisfies(
                        err -> assertThat(err.message()).contains("no areas for improvement")));
  }

  @Test
  void everyWriteIsInTheAuditTrail() {
    Council council = councils.create(TestData.council("Audited Plan Council"));
    ImprovementPlan plan = plans.createPlan(council.getId(), new PlanDetails("Audited", null));
    ImprovementAction a = action(workstream(plan), "Audited action", today.plusDays(40));
    plans.reportProgress(
        a.getId(), new ProgressNote(null, "Half way", ActionStatus.IN_PROGRESS, 50, null));
    PlanSnapshot snapshot = plans.freeze(plan.getId(), today, Audience.SCRUTINY_COMMITTEE);

    List<AuditRecord> actionTrail =
        trail
            .search(AuditQuery.ofEntity("ImprovementAction", a.getId()), PageRequest.first())
            .items();
    assertThat(actionTrail)
        .extracting(AuditRecord::getAction)
        .contains(AuditAction.CREATE, AuditAction.UPDATE);
    assertThat(actionTrail)
        .allSatisfy(r -> assertThat(r.getCouncilId()).isEqualTo(council.getId()));
    assertThat(
            trail
                .search(AuditQuery.ofEntity("PlanSnapshot", snapshot.getId()), PageRequest.first())
                .items())
        .singleElement()
        .satisfies(r -> assertThat(r.getChanges()).contains(snapshot.getContentHash()));
    assertThat(plans.history(a.getId()))
        .extracting(HistoryEntry::kind)
        .contains(HistoryEntry.Kind.PROGRESS_NOTE, HistoryEntry.Kind.CHANGE);
  }

  @Test
  void aHighlightReportIsOnePerPeriodShowsBothRagsAndKeepsItsHistory() {
    Council council = councils.create(TestData.council("Highlight County Council"));
    ImprovementPlan plan = plans.createPlan(council.getId(), new PlanDetails("Plan", null));
    Workstream w = workstream(plan);
    ImprovementAction late = action(w, "Late", today.minusDays(3));
    action(w, "Fine", today.plusDays(90));

    assertThatThrownBy(
            () ->
                highlights.write(
                    w.getId(),
                    new HighlightReportDetails(
                        "2026-13", null, " ", "Next", null, Rag.GREEN, null)))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).errors())
                    .extracting(err -> err.field())
                    .containsExactlyInAnyOrder("period", "achievements", "ragReason"));

    HighlightReport report =
        highlights.write(
            w.getId(),
            new HighlightReportDetails(
                "2026-q3",
                null,
                "Waiting list down by a third.",
                "Recruit two reviewers.",
                null,
                Rag.AMBER,
                "The late action is days from done."));
    assertThat(report.getPeriod().value()).isEqualTo("2026-Q3");
    assertThat(report.getComputedRag()).isEqualTo(Rag.RED);
    assertThat(report.getComputedReason()).isEqualTo("Worst of 2 actions: 1 red, 1 green.");
    assertThat(report.getChosenRag()).isEqualTo(Rag.AMBER);
    assertThat(report.getWrittenOn()).isEqualTo(today);

    assertThatThrownBy(
            () ->
                highlights.write(
                    w.getId(),
                    new HighlightReportDetails(
                        "2026-Q3", null, "Again", "Again", null, Rag.RED, null)))
        .isInstanceOf(org.ascassure.platform.boundary.ConflictException.class)
        .hasMessageContaining("Q3 2026");

    plans.reportProgress(
        late.getId(), new ProgressNote(null, "Done", ActionStatus.COMPLETE, null, null));
    HighlightReport changed =
        highlights.change(
            report.getId(),
            report.getVersion(),
            new HighlightReportDetails(
                "2026-Q3",
                today,
                "Waiting list down by a third; triage live.",
                "Recruit two reviewers.",
                "Recruitment market",
                Rag.GREEN,
                null));
    assertThat(changed.getComputedRag()).isEqualTo(Rag.GREEN);
    assertThat(changed.getRagReason()).isNull();
    assertThatThrownBy(
            () ->
                highlights.change(
                    report.getId(),
                    report.getVersion(),
                    new HighlightReportDetails(
                        "2026-Q3", today, "Stale", "Stale", null, Rag.GREEN, null)))
        .isInstanceOf(StaleVersionException.class);

    assertThat(highlights.ofWorkstream(w.getId()))
        .extracting(HighlightReport::getAchievements)
        .containsExactly("Waiting list down by a third; triage live.");
    assertThat(
            trail
                .search(AuditQuery.ofEntity("HighlightReport", report.getId()), PageRequest.first())
                .items())
        .extracting(AuditRecord::getAction)
        .containsExactlyInAnyOrder(AuditAction.CREATE, AuditAction.UPDATE);
  }

  @Test
  void aFindingIsCorrectedWithItsVersionAndDeletedOnlyWhenNoActionAnswersIt() {
    Council council = councils.create(TestData.council("Finding Fix County Council"));
    Assessment assessment = outcome(council, today.minusDays(1));
    var wrong =
        lifecycle.addFinding(assessment.getId(), "QS2", FindingKind.STRENGTH, "Typo in the text");
    var answered =
        lifecycle.addFinding(
            assessment.getId(), "QS1", FindingKind.AREA_FOR_IMPROVEMENT, "Long waits");
    var fixed =
        lifecycle.changeFinding(
            wrong.getId(), wrong.getVersion(), "qs3", FindingKind.AREA_FOR_IMPROVEMENT, "Fixed");
    assertThat(fixed.getStatementCode()).isEqualTo("QS3");
    assertThat(fixed.getText()).isEqualTo("Fixed");
    assertThatThrownBy(
            () ->
                lifecycle.changeFinding(
                    wrong.getId(), wrong.getVersion(), "QS3", FindingKind.STRENGTH, "Stale"))
        .isInstanceOf(StaleVersionException.class);

    ImprovementPlan plan =
        plans.createPlan(council.getId(), new PlanDetails("Plan", assessment.getId()));
    plans.addAction(
        workstream(plan).getId(),
        new ActionDetails(
            "Answer",
            null,
            "some.lead",
            null,
            today.plusDays(30),
            List.of(),
            List.of(answered.getId()),
            null));
    assertThatThrownBy(() -> lifecycle.removeFinding(answered.getId()))
        .isInstanceOf(org.ascassure.platform.boundary.ConflictException.class)
        .hasMessageContaining("unlink it");
    lifecycle.removeFinding(wrong.getId());
    assertThat(lifecycle.findings(assessment.getId()))
        .extracting(f -> f.getText())
        .containsExactly("Long waits");
  }

  @Test
  void aDeadlineRuleNamesOnlyRatingsAFrameworkHas() {
    var rule = lifecycle.deadlineRules().get(0);
    assertThatThrownBy(
            () ->
                lifecycle.changeDeadlineRule(
                    rule.getId(),
                    rule.getVersion(),
                    rule.getLabel(),
                    List.of("REQUIRES_IMPROVEMENT", "NEEDS_WORK"),
                    10,
                    "DAYS",
                    null,
                    1))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).errors())
                    .singleElement()
                    .satisfies(err -> assertThat(err.message()).contains("'NEEDS_WORK'")));
  }
}
