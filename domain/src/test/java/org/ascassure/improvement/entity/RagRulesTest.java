package org.ascassure.improvement.entity;

import static org.ascassure.improvement.entity.ActionStatus.BLOCKED;
import static org.ascassure.improvement.entity.ActionStatus.CANCELLED;
import static org.ascassure.improvement.entity.ActionStatus.COMPLETE;
import static org.ascassure.improvement.entity.ActionStatus.IN_PROGRESS;
import static org.ascassure.improvement.entity.ActionStatus.NOT_STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RagRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
  private final RagRules rules = RagRules.standard();

  private RagAssessment rag(ActionStatus status, int percent, LocalDate start, LocalDate due) {
    return rules.assess(status, percent, start, due, null, TODAY);
  }

  @Test
  void completeIsBlueEvenWhenItWasLate() {
    assertThat(rag(COMPLETE, 100, null, TODAY.minusDays(30)).colour()).isEqualTo(Rag.BLUE);
  }

  @Test
  void cancelledIsNotRated() {
    RagAssessment rag = rag(CANCELLED, 20, null, TODAY.minusDays(3));
    assertThat(rag.colour()).isEqualTo(Rag.NONE);
    assertThat(rag.colour().isRated()).isFalse();
  }

  @Test
  void blockedIsRedWithTheReason() {
    RagAssessment rag =
        rules.assess(BLOCKED, 40, null, TODAY.plusDays(90), "No budget agreed", TODAY);
    assertThat(rag.colour()).isEqualTo(Rag.RED);
    assertThat(rag.reason()).isEqualTo("Blocked: No budget agreed");
  }

  @Test
  void pastDueAndNotCompleteIsRed() {
    RagAssessment rag = rag(IN_PROGRESS, 90, null, TODAY.minusDays(1));
    assertThat(rag.colour()).isEqualTo(Rag.RED);
    assertThat(rag.reason()).startsWith("Overdue by 1 day");
  }

  @Test
  void dueTodayIsAmberNotRed() {
    RagAssessment rag = rag(IN_PROGRESS, 90, null, TODAY);
    assertThat(rag.colour()).isEqualTo(Rag.AMBER);
    assertThat(rag.reason()).startsWith("Due today");
  }

  @Test
  void dueInExactlyTheWindowIsAmber() {
    RagAssessment rag = rag(IN_PROGRESS, 100, null, TODAY.plusDays(14));
    assertThat(rag.colour()).isEqualTo(Rag.AMBER);
    assertThat(rag.reason()).startsWith("Due in 14 days");
  }

  @Test
  void dueOneDayAfterTheWindowAndOnTrackIsGreen() {
    RagAssessment rag = rag(IN_PROGRESS, 100, null, TODAY.plusDays(15));
    assertThat(rag.colour()).isEqualTo(Rag.GREEN);
    assertThat(rag.reason()).startsWith("On track: due in 15 days");
  }

  @Test
  void theWindowIsConfigurable() {
    assertThat(
            new RagRules(30)
                .assess(IN_PROGRESS, 100, null, TODAY.plusDays(30), null, TODAY)
                .colour())
        .isEqualTo(Rag.AMBER);
    assertThat(
            new RagRules(0).assess(IN_PROGRESS, 100, null, TODAY.plusDays(1), null, TODAY).colour())
        .isEqualTo(Rag.GREEN);
  }

  @Test
  void behindTheStraightLineFromStartToDueIsAmber() {
    // 100 days, 50 gone: 50% planned
    LocalDate start = TODAY.minusDays(50);
    LocalDate due = TODAY.plusDays(50);
    RagAssessment behind = rag(IN_PROGRESS, 49, start, due);
    assertThat(behind.colour()).isEqualTo(Rag.AMBER);
    assertThat(behind.reason()).isEqualTo("Behind plan: 49% complete, 50% planned by today.");
    assertThat(rag(IN_PROGRESS, 50, start, due).colour()).isEqualTo(Rag.GREEN);
  }

  @Test
  void notStartedBeforeItsStartDateIsGreen() {
    assertThat(rag(NOT_STARTED, 0, TODAY.plusDays(5), TODAY.plusDays(60)).colour())
        .isEqualTo(Rag.GREEN);
    assertThat(rag(NOT_STARTED, 0, TODAY, TODAY.plusDays(60)).colour()).isEqualTo(Rag.GREEN);
  }

  @Test
  void notStartedAfterItsStartDateFallsBehind() {
    assertThat(rag(NOT_STARTED, 0, TODAY.minusDays(10), TODAY.plusDays(60)).colour())
        .isEqualTo(Rag.AMBER);
  }

  @Test
  void withoutAStartDateOnlyTheDueDateCounts() {
    assertThat(rag(NOT_STARTED, 0, null, TODAY.plusDays(60)).colour()).isEqualTo(Rag.GREEN);
  }

  @Test
  void plannedProgressIsRoundedDownAndCappedAtTheDueDate() {
    assertThat(RagRules.plannedPercent(TODAY.minusDays(1), TODAY.plusDays(2), TODAY)).isEqualTo(33);
    assertThat(RagRules.plannedPercent(TODAY.minusDays(3), TODAY, TODAY)).isEqualTo(100);
    assertThat(RagRules.plannedPercent(TODAY, TODAY, TODAY)).isZero();
  }

  @Test
  void worseningFollowsSeverity() {
    assertThat(Rag.RED.isWorseThan(Rag.AMBER)).isTrue();
    assertThat(Rag.AMBER.isWorseThan(Rag.GREEN)).isTrue();
    assertThat(Rag.GREEN.isWorseThan(Rag.BLUE)).isTrue();
    assertThat(Rag.GREEN.isWorseThan(Rag.RED)).isFalse();
    assertThat(Rag.NONE.isWorseThan(Rag.GREEN)).isFalse();
    assertThat(Rag.RED.isWorseThan(Rag.NONE)).isFalse();
  }
}
