package org.ascassure.improvement.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanChangesTest {

  private static final LocalDate DUE = LocalDate.of(2026, 5, 1);

  private static ActionState state(long id, ActionStatus status, LocalDate due, Rag rag) {
    return new ActionState(
        id, 1, "Waiting lists", "Action " + id, "demo.lead", status, 50, due, rag, "");
  }

  @Test
  void findsNewCompletedSlippedAndRagChanges() {
    List<ActionState> earlier =
        List.of(
            state(1, ActionStatus.IN_PROGRESS, DUE, Rag.GREEN),
            state(2, ActionStatus.IN_PROGRESS, DUE, Rag.AMBER),
            state(3, ActionStatus.IN_PROGRESS, DUE, Rag.GREEN),
            state(4, ActionStatus.IN_PROGRESS, DUE, Rag.GREEN));
    List<ActionState> later =
        List.of(
            state(1, ActionStatus.IN_PROGRESS, DUE.plusMonths(2), Rag.GREEN),
            state(2, ActionStatus.COMPLETE, DUE, Rag.BLUE),
            state(3, ActionStatus.BLOCKED, DUE, Rag.RED),
            state(4, ActionStatus.IN_PROGRESS, DUE, Rag.GREEN),
            state(5, ActionStatus.NOT_STARTED, DUE, Rag.GREEN));

    PlanChanges changes = PlanChanges.between(earlier, later);

    assertThat(changes.newActions()).extracting(ActionState::id).containsExactly(5L);
    assertThat(changes.completed()).extracting(c -> c.after().id()).containsExactly(2L);
    assertThat(changes.slipped()).extracting(c -> c.after().id()).containsExactly(1L, 3L);
    assertThat(changes.ragChanges()).extracting(c -> c.after().id()).containsExactly(2L, 3L);
  }

  @Test
  void aDueDateBroughtForwardIsNotASlip() {
    PlanChanges changes =
        PlanChanges.between(
            List.of(state(1, ActionStatus.IN_PROGRESS, DUE, Rag.GREEN)),
            List.of(state(1, ActionStatus.IN_PROGRESS, DUE.minusDays(7), Rag.GREEN)));
    assertThat(changes.slipped()).isEmpty();
  }

  @Test
  void cancellingIsNeitherASlipNorAWorsening() {
    PlanChanges changes =
        PlanChanges.between(
            List.of(state(1, ActionStatus.IN_PROGRESS, DUE, Rag.GREEN)),
            List.of(state(1, ActionStatus.CANCELLED, DUE, Rag.NONE)));
    assertThat(changes.slipped()).isEmpty();
    assertThat(changes.ragChanges()).hasSize(1);
  }
}
