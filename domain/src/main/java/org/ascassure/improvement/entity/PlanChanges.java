package org.ascassure.improvement.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed between two reports of a plan: actions that are new, that were completed, that
 * slipped (due date moved later, or RAG worse), and every RAG change.
 */
public record PlanChanges(
    List<ActionState> newActions,
    List<Change> completed,
    List<Change> slipped,
    List<Change> ragChanges) {

  /** One action before and after. */
  public record Change(ActionState before, ActionState after) {

    public boolean dueMovedLater() {
      return after.dueOn().isAfter(before.dueOn());
    }

    public boolean ragWorsened() {
      return after.rag().isWorseThan(before.rag());
    }
  }

  /** Compares the earlier report with the later one; actions are matched by id. */
  public static PlanChanges between(List<ActionState> earlier, List<ActionState> later) {
    Map<Long, ActionState> before = new LinkedHashMap<>();
    earlier.forEach(a -> before.put(a.id(), a));
    List<ActionState> added = new ArrayList<>();
    List<Change> completed = new ArrayList<>();
    List<Change> slipped = new ArrayList<>();
    List<Change> ragChanges = new ArrayList<>();
    for (ActionState now : later) {
      ActionState then = before.get(now.id());
      if (then == null) {
        added.add(now);
        continue;
      }
      Change change = new Change(then, now);
      if (now.status() == ActionStatus.COMPLETE && then.status() != ActionStatus.COMPLETE) {
        completed.add(change);
      }
      if (change.dueMovedLater() || change.ragWorsened()) {
        slipped.add(change);
      }
      if (now.rag() != then.rag()) {
        ragChanges.add(change);
      }
    }
    return new PlanChanges(added, completed, slipped, ragChanges);
  }
}
