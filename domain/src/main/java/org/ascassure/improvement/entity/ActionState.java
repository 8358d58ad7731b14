package org.ascassure.improvement.entity;

import java.time.LocalDate;

/**
 * An action as a report shows it on one day: what snapshots freeze and comparisons compare. The RAG
 * is the one reported (override included).
 */
public record ActionState(
    long id,
    long workstreamId,
    String workstream,
    String title,
    String owner,
    ActionStatus status,
    int percentComplete,
    LocalDate dueOn,
    Rag rag,
    String ragReason) {

  public static ActionState of(ImprovementAction action, RagRules rules, LocalDate on) {
    RagAssessment rag = action.effectiveRag(rules, on);
    return new ActionState(
        action.getId(),
        action.getWorkstream().getId(),
        action.getWorkstream().getTitle(),
        action.getTitle(),
        action.getOwner(),
        action.getStatus(),
        action.getPercentComplete(),
        action.getDueOn(),
        rag.colour(),
        rag.reason());
  }
}
