package org.ascassure.reports.improvement;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.ascassure.assessment.entity.FollowUpDeadline;
import org.ascassure.improvement.control.SnapshotJson;
import org.ascassure.improvement.entity.ActionState;
import org.ascassure.improvement.entity.PlanChanges;
import org.ascassure.improvement.entity.PlanSnapshot;

/**
 * What a progress report shows, all of it from frozen snapshots (never the live plan, so the report
 * says exactly what was reported): the snapshot's workstreams and actions, what changed since the
 * previous snapshot, and the statutory deadlines still ahead on the snapshot's date.
 */
public record PlanProgress(
    String council,
    String planTitle,
    LocalDate takenOn,
    String audience,
    String contentHash,
    List<WorkstreamLine> workstreams,
    List<ActionState> actions,
    LocalDate previousTakenOn,
    PlanChanges changes,
    List<FollowUpDeadline> deadlines) {

  /** A workstream as frozen: its lead and cost range in pounds (either may be missing). */
  public record WorkstreamLine(long id, String title, String lead, Long costLow, Long costHigh) {}

  public PlanProgress {
    workstreams = List.copyOf(workstreams);
    actions = List.copyOf(actions);
    deadlines = List.copyOf(deadlines);
  }

  /** The report of {@code snapshot}, compared with {@code previous} when there is one. */
  public static PlanProgress of(
      String council,
      PlanSnapshot snapshot,
      PlanSnapshot previous,
      List<FollowUpDeadline> deadlines) {
    List<ActionState> actions = SnapshotJson.actions(snapshot.getContent());
    return new PlanProgress(
        council,
        snapshot.getPlan().getTitle(),
        snapshot.getTakenOn(),
        snapshot.getAudience().label(),
        snapshot.getContentHash(),
        workstreams(snapshot.getContent()),
        actions,
        previous == null ? null : previous.getTakenOn(),
        previous == null
            ? null
            : PlanChanges.between(SnapshotJson.actions(previous.getContent()), actions),
        deadlines);
  }

  /** The workstreams a snapshot's JSON froze, in their order. */
  static List<WorkstreamLine> workstreams(String content) {
    JsonObject root = Json.createReader(new StringReader(content)).readObject();
    return root.getJsonArray("workstreams").getValuesAs(JsonObject.class).stream()
        .map(
            w ->
                new WorkstreamLine(
                    w.getJsonNumber("id").longValue(),
                    w.getString("title"),
                    w.isNull("lead") ? null : w.getString("lead"),
                    amount(w.get("costLow")),
                    amount(w.get("costHigh"))))
        .toList();
  }

  private static Long amount(JsonValue value) {
    if (value instanceof JsonNumber number) {
      return number.longValue();
    }
    return value == null || value == JsonValue.NULL ? null : Long.valueOf(value.toString());
  }
}
