package org.ascassure.improvement.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A workstream's RAG computed from its actions' RAGs: the worst colour among the actions still
 * open; blue once every rated action is complete; none while there is nothing to rate (cancelled
 * actions are not rated). The reason counts the colours, so a board sees how red is red.
 */
public final class WorkstreamRag {

  private WorkstreamRag() {}

  public static RagAssessment of(Collection<Rag> actionRags) {
    Map<Rag, Integer> counts = new EnumMap<>(Rag.class);
    actionRags.stream().filter(Rag::isRated).forEach(r -> counts.merge(r, 1, Integer::sum));
    int rated = counts.values().stream().mapToInt(Integer::intValue).sum();
    if (rated == 0) {
      return new RagAssessment(Rag.NONE, "No open or completed actions to rate yet.");
    }
    Rag worst = Rag.BLUE;
    for (Rag rag : counts.keySet()) {
      if (rag.isWorseThan(worst)) {
        worst = rag;
      }
    }
    List<String> parts = new ArrayList<>();
    for (Rag rag : List.of(Rag.RED, Rag.AMBER, Rag.GREEN, Rag.BLUE)) {
      if (counts.containsKey(rag)) {
        parts.add(
            counts.get(rag) + " " + (rag == Rag.BLUE ? "complete" : rag.name().toLowerCase()));
      }
    }
    String of = rated == 1 ? "1 action" : rated + " actions";
    if (worst == Rag.BLUE) {
      return new RagAssessment(Rag.BLUE, "All " + of + " complete.");
    }
    return new RagAssessment(worst, "Worst of " + of + ": " + String.join(", ", parts) + ".");
  }
}
