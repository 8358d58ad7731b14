package org.ascassure.reports.improvement;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ascassure.assessment.boundary.AssessmentLifecycle;
import org.ascassure.assessment.entity.FollowUp;
import org.ascassure.improvement.boundary.ImprovementPlans;
import org.ascassure.improvement.entity.ActionState;
import org.ascassure.improvement.entity.ImprovementPlan;
import org.ascassure.improvement.entity.PlanChanges;
import org.ascassure.improvement.entity.PlanSnapshot;
import org.ascassure.improvement.entity.Rag;
import org.ascassure.reports.improvement.PlanReport.ActionRow;
import org.ascassure.reports.improvement.PlanReport.Change;
import org.ascassure.reports.improvement.PlanReport.Changes;
import org.ascassure.reports.improvement.PlanReport.Deadline;
import org.ascassure.reports.improvement.PlanReport.RagCount;
import org.ascassure.reports.improvement.PlanReport.WorkstreamSection;

/**
 * Assembles {@link PlanReport}s from frozen snapshots. Who may read the plan may read its reports;
 * the improvement component decides (another council's plan is not found).
 */
@Stateless
public class PlanReports {

  /** How many statutory deadlines a report lists from its day on. */
  static final int DEADLINES = 6;

  @Inject ImprovementPlans plans;

  @Inject AssessmentLifecycle lifecycle;

  public PlanReport of(long planId, long snapshotId) {
    ImprovementPlan plan = plans.getPlan(planId);
    PlanSnapshot snapshot = plans.getSnapshot(planId, snapshotId);
    List<ActionState> actions = plans.snapshotActions(snapshot);

    Map<Rag, Integer> counts = new EnumMap<>(Rag.class);
    actions.forEach(a -> counts.merge(a.rag(), 1, Integer::sum));
    List<RagCount> summary = new ArrayList<>();
    for (Rag rag : List.of(Rag.RED, Rag.AMBER, Rag.GREEN, Rag.BLUE)) {
      summary.add(new RagCount(rag.name(), ragLabel(rag), counts.getOrDefault(rag, 0)));
    }

    List<WorkstreamSection> workstreams = new ArrayList<>();
    try (JsonReader reader = Json.createReader(new StringReader(snapshot.getContent()))) {
      JsonObject content = reader.readObject();
      for (JsonValue value : content.getJsonArray("workstreams")) {
        JsonObject w = value.asJsonObject();
        long id = w.getJsonNumber("id").longValue();
        workstreams.add(
            new WorkstreamSection(
                w.getString("title"),
                w.isNull("lead") ? null : w.getString("lead"),
                money(w, "costLow"),
                money(w, "costHigh"),
                actions.stream()
                    .filter(a -> a.workstreamId() == id)
                    .map(PlanReports::row)
                    .toList()));
      }
    }

    List<ActionRow> overdue =
        actions.stream()
            .filter(a -> !a.status().isClosed() && a.dueOn().isBefore(snapshot.getTakenOn()))
            .map(PlanReports::row)
            .toList();

    Changes changes = null;
    List<PlanSnapshot> all = plans.snapshotsOf(planId);
    int at = all.indexOf(snapshot);
    if (at >= 0 && at + 1 < all.size()) {
      PlanSnapshot previous = all.get(at + 1);
      PlanChanges diff = PlanChanges.between(plans.snapshotActions(previous), actions);
      changes =
          new Changes(
              previous.getTakenOn(),
              previous.getAudience().label(),
              diff.newActions().stream().map(PlanReports::row).toList(),
              changes(diff.completed()),
              changes(diff.slipped()),
              changes(diff.ragChanges()));
    }

    List<Deadline> deadlines = List.of();
    List<String> notified = List.of();
    if (plan.getAssessment() != null) {
      FollowUp followUp = lifecycle.followUp(plan.getAssessment().getId());
      deadlines =
          followUp.upcoming(snapshot.getTakenOn(), DEADLINES).stream()
              .map(d -> new Deadline(d.title(), d.dueOn()))
              .toList();
      notified = followUp.notifiedStatements();
    }

    return new PlanReport(
        plan.getId(),
        snapshot.getId(),
        plan.getCouncil().getName(),
        plan.getTitle(),
        snapshot.getAudience().label(),
        snapshot.getTakenOn(),
        snapshot.getContentHash(),
        summary,
        workstreams,
        overdue,
        changes,
        deadlines,
        notified);
  }

  private static List<Change> changes(List<PlanChanges.Change> changes) {
    return changes.stream().map(c -> new Change(row(c.before()), row(c.after()))).toList();
  }

  static ActionRow row(ActionState a) {
    String status = a.status().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return new ActionRow(
        a.workstream(),
        a.title(),
        a.owner(),
        Character.toUpperCase(status.charAt(0)) + status.substring(1),
        a.percentComplete(),
        a.dueOn(),
        a.rag().name(),
        a.ragReason());
  }

  static String ragLabel(Rag rag) {
    return switch (rag) {
      case RED -> "Red";
      case AMBER -> "Amber";
      case GREEN -> "Green";
      case BLUE -> "Blue (complete)";
      case NONE -> "Not rated (cancelled)";
    };
  }

  private static Long money(JsonObject w, String name) {
    if (!w.containsKey(name) || w.isNull(name)) {
      return null;
    }
    JsonValue value = w.get(name);
    return value.getValueType() == JsonValue.ValueType.NUMBER
        ? w.getJsonNumber(name).longValue()
        : Long.parseLong(w.getString(name));
  }
}
