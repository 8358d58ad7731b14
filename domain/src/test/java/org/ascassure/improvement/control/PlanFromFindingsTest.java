package org.ascassure.improvement.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.ascassure.assessment.entity.FollowUpDeadline;
import org.ascassure.framework.entity.Framework;
import org.ascassure.framework.entity.ScoringMethod;
import org.ascassure.framework.entity.Theme;
import org.ascassure.improvement.control.PlanFromFindings.Area;
import org.ascassure.improvement.control.PlanFromFindings.WorkstreamDraft;
import org.junit.jupiter.api.Test;

class PlanFromFindingsTest {

  private static Framework cqc() {
    Framework f = new Framework("cqc-la-2023", "CQC", "2023", ScoringMethod.PERCENT_BANDS, 1);
    Theme people = f.addTheme("WORKING_WITH_PEOPLE", "Working with people");
    people.addStatement("QS1", "Assessing needs", true);
    people.addStatement("QS2", "Supporting people to live healthier lives", true);
    Theme support = f.addTheme("PROVIDING_SUPPORT", "Providing support");
    support.addStatement("QS4", "Care provision, integration and continuity", true);
    Theme safety = f.addTheme("ENSURING_SAFETY", "Ensuring safety within the system");
    safety.addStatement("QS6", "Safe systems, pathways and transitions", true);
    return f;
  }

  @Test
  void eachThemeWithAreasBecomesAWorkstreamInFrameworkOrderWithAnActionPerArea() {
    List<WorkstreamDraft> drafts =
        PlanFromFindings.layOut(
            cqc(),
            LocalDate.of(2025, 11, 28),
            List.of(
                new Area(30, "QS6", "Transitions from children's services are late"),
                new Area(11, "QS2", "Prevention offer is patchy"),
                new Area(10, "qs1", "Long waits for Care Act assessments"),
                new Area(12, "QS1", "Carers' assessments are not reviewed")));

    assertThat(drafts)
        .extracting(WorkstreamDraft::title)
        .as("Providing support has no area, so no workstream")
        .containsExactly("Working with people", "Ensuring safety within the system");
    WorkstreamDraft people = drafts.get(0);
    assertThat(people.statementCodes()).containsExactly("QS1", "QS2");
    assertThat(people.actions())
        .extracting(PlanFromFindings.ActionDraft::findingId)
        .containsExactly(10L, 12L, 11L);
    assertThat(people.actions().get(0).title()).isEqualTo("Long waits for Care Act assessments");
    assertThat(people.actions().get(0).description())
        .isEqualTo(
            "The CQC report published 28 November 2025 names this area for improvement under"
                + " QS1 Assessing needs: Long waits for Care Act assessments");
    assertThat(drafts.get(1).actions().get(0).statementCode()).isEqualTo("QS6");
  }

  @Test
  void aLongAreaIsCutAtAWordForTheTitleAndKeptWholeInTheDescription() {
    String text = "Waiting lists ".repeat(20).strip();
    var action =
        PlanFromFindings.layOut(cqc(), null, List.of(new Area(1, "QS1", text)))
            .get(0)
            .actions()
            .get(0);

    assertThat(action.title()).hasSizeLessThanOrEqualTo(200).endsWith("lists…");
    assertThat(action.description()).endsWith(text).doesNotContain("published");
  }

  @Test
  void actionsAreDueAtTheStage2ReviewWhileItIsAheadOtherwiseInThreeMonths() {
    LocalDate today = LocalDate.of(2025, 12, 1);
    List<FollowUpDeadline> deadlines =
        List.of(
            new FollowUpDeadline("STAGE_1_RESPONSE", "Stage 1", 1, 1, LocalDate.of(2025, 12, 8)),
            new FollowUpDeadline("STAGE_2_REVIEW", "Stage 2", 1, 1, LocalDate.of(2026, 2, 28)));

    assertThat(PlanFromFindings.dueOn(deadlines, today)).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(PlanFromFindings.dueOn(deadlines, LocalDate.of(2026, 3, 1)))
        .isEqualTo(LocalDate.of(2026, 6, 1));
    assertThat(PlanFromFindings.dueOn(List.of(), LocalDate.of(2025, 11, 30)))
        .as("three months on from 30 November ends in February")
        .isEqualTo(LocalDate.of(2026, 2, 28));
  }
}
