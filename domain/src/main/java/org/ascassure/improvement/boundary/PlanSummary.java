package org.ascassure.improvement.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ascassure.assessment.entity.FollowUpDeadline;
import org.ascassure.improvement.entity.ActionState;
import org.ascassure.improvement.entity.PlanChanges;
import org.ascassure.improvement.entity.Rag;

/**
 * The director's dashboard on one day: RAG counts per workstream, what is overdue, what slipped
 * since the last snapshot, the next statutory deadlines and the cost range.
 */
public record PlanSummary(
    long planId,
    String title,
    LocalDate today,
    List<WorkstreamSummary> workstreams,
    List<ActionState> overdue,
    SnapshotRef comparedWith,
    List<PlanChanges.Change> slipped,
    List<FollowUpDeadline> nextDeadlines,
    List<String> notifiedStatements,
    long costLowTotal,
    long costHighTotal) {

  /** One workstream's RAG counts (every colour present, cancelled actions not counted). */
  public record WorkstreamSummary(
      long id, String title, String lead, Map<Rag, Long> ragCounts, Long costLow, Long costHigh) {}

  /** The snapshot slippage is measured against; null when there is none yet. */
  public record SnapshotRef(long id, LocalDate takenOn, String audience) {}
}
