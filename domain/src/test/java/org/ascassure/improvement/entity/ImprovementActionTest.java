package org.ascassure.improvement.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImprovementActionTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

  private static ImprovementAction action() {
    ImprovementAction action = new ImprovementAction(null);
    action.describe(
        "Clear the assessment waiting list",
        null,
        "demo.lead",
        TODAY.minusDays(10),
        TODAY.plusDays(90),
        List.of("QS1"),
        List.of(),
        null);
    return action;
  }

  @Test
  void progressOnANotStartedActionPutsItInProgress() {
    ImprovementAction action = action();
    action.reportProgress(20);
    assertThat(action.getStatus()).isEqualTo(ActionStatus.IN_PROGRESS);
    assertThat(action.getPercentComplete()).isEqualTo(20);
  }

  @Test
  void blockingNeedsAReasonAndTurnsRed() {
    ImprovementAction action = action();
    assertThatThrownBy(() -> action.markBlocked(" ")).isInstanceOf(IllegalArgumentException.class);
    action.markBlocked("Waiting for the new case system");
    assertThat(action.effectiveRag(RagRules.standard(), TODAY))
        .isEqualTo(new RagAssessment(Rag.RED, "Blocked: Waiting for the new case system"));
  }

  @Test
  void completingSetsAHundredPercentAndClearsTheBlock() {
    ImprovementAction action = action();
    action.markBlocked("Recruitment freeze");
    action.complete();
    assertThat(action.getPercentComplete()).isEqualTo(100);
    assertThat(action.getBlockedReason()).isNull();
    assertThat(action.computedRag(RagRules.standard(), TODAY).colour()).isEqualTo(Rag.BLUE);
  }

  @Test
  void aClosedActionMustBeReopenedBeforeProgressIsReported() {
    ImprovementAction action = action();
    action.cancel();
    assertThatThrownBy(() -> action.reportProgress(50)).isInstanceOf(IllegalStateException.class);
    action.resume(ActionStatus.IN_PROGRESS);
    action.reportProgress(50);
    assertThat(action.getStatus()).isEqualTo(ActionStatus.IN_PROGRESS);
  }

  @Test
  void anOverrideNeedsAReasonAndIsShownBesideTheComputedRag() {
    ImprovementAction action = action();
    action.reportProgress(50);
    assertThatThrownBy(() -> action.overrideRag(Rag.RED, null))
        .isInstanceOf(IllegalArgumentException.class);
    action.overrideRag(Rag.RED, "Provider has given notice");

    assertThat(action.computedRag(RagRules.standard(), TODAY).colour()).isEqualTo(Rag.GREEN);
    assertThat(action.effectiveRag(RagRules.standard(), TODAY))
        .isEqualTo(new RagAssessment(Rag.RED, "Set by hand: Provider has given notice"));
    action.clearRagOverride();
    assertThat(action.effectiveRag(RagRules.standard(), TODAY).colour()).isEqualTo(Rag.GREEN);
  }

  @Test
  void overdueMeansPastDueAndStillOpen() {
    ImprovementAction action = action();
    assertThat(action.isOverdue(TODAY.plusDays(91))).isTrue();
    assertThat(action.isOverdue(TODAY.plusDays(90))).isFalse();
    action.complete();
    assertThat(action.isOverdue(TODAY.plusDays(91))).isFalse();
  }

  @Test
  void ownershipIsByUsername() {
    assertThat(action().isOwnedBy("demo.lead")).isTrue();
    assertThat(action().isOwnedBy("Lee Lead")).isFalse();
  }
}
