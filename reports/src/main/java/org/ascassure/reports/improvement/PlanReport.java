package org.ascassure.reports.improvement;

import java.time.LocalDate;
import java.util.List;

/**
 * An improvement plan's progress report, from one frozen snapshot: what the quarterly DHSC update
 * and the scrutiny committee paper say. Immutable; everything in it is as frozen, except the
 * statutory deadlines, which come from the published outcome the plan answers.
 *
 * @param audience who the report was frozen for, e.g. "Quarterly update to DHSC"
 * @param takenOn the day the plan was rated and frozen
 * @param fingerprint the snapshot's SHA-256, so a reader can check the copy they were sent
 * @param ragSummary actions per RAG colour, in the order RED, AMBER, GREEN, BLUE (cancelled actions
 *     are not rated)
 * @param overdue actions past their due date on that day and not complete
 * @param changes what changed since the previous snapshot, null for the plan's first
 * @param deadlines the statutory deadlines from that day on (stage 1, stage 2, quarterly updates)
 * @param notifiedStatements statements CQC scored at a level notified to the Secretary of State
 */
public record PlanReport(
    long planId,
    long snapshotId,
    String council,
    String planTitle,
    String audience,
    LocalDate takenOn,
    String fingerprint,
    List<RagCount> ragSummary,
    List<WorkstreamSection> workstreams,
    List<ActionRow> overdue,
    Changes changes,
    List<Deadline> deadlines,
    List<String> notifiedStatements) {

  public PlanReport {
    ragSummary = List.copyOf(ragSummary);
    workstreams = List.copyOf(workstreams);
    overdue = List.copyOf(overdue);
    deadlines = List.copyOf(deadlines);
    notifiedStatements = List.copyOf(notifiedStatements);
  }

  /** How many actions have a colour; {@code label} says it in words ("Red", "Blue (complete)"). */
  public record RagCount(String rag, String label, int actions) {}

  /** One workstream as frozen: its lead, cost range (£, either end may be missing), actions. */
  public record WorkstreamSection(
      String title, String lead, Long costLow, Long costHigh, List<ActionRow> actions) {

    public WorkstreamSection {
      lead = lead == null ? "" : lead;
      actions = List.copyOf(actions);
    }
  }

  /** One action as frozen; {@code rag} is RED, AMBER, GREEN, BLUE or NONE (cancelled). */
  public record ActionRow(
      String workstream,
      String title,
      String owner,
      String status,
      int percentComplete,
      LocalDate dueOn,
      String rag,
      String ragReason) {}

  /** The previous snapshot and the differences from it. */
  public record Changes(
      LocalDate previousTakenOn,
      String previousAudience,
      List<ActionRow> newActions,
      List<Change> completed,
      List<Change> slipped,
      List<Change> ragChanges) {

    public Changes {
      newActions = List.copyOf(newActions);
      completed = List.copyOf(completed);
      slipped = List.copyOf(slipped);
      ragChanges = List.copyOf(ragChanges);
    }
  }

  /** One action then and now. */
  public record Change(ActionRow before, ActionRow after) {}

  /** A statutory deadline, e.g. "Stage 3 quarterly update to DHSC (2)" due 30 June 2026. */
  public record Deadline(String title, LocalDate dueOn) {}

  public int actions() {
    return ragSummary.stream().mapToInt(RagCount::actions).sum();
  }
}
