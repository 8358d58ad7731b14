package org.ascassure.improvement.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.ascassure.improvement.entity.ActionState;
import org.ascassure.improvement.entity.ActionStatus;
import org.ascassure.improvement.entity.Audience;
import org.ascassure.improvement.entity.ImprovementPlan;
import org.ascassure.improvement.entity.Rag;
import org.ascassure.improvement.entity.Workstream;

/** The frozen form of a plan: plain JSON that a reader can take away and that compares later. */
public final class SnapshotJson {

  private SnapshotJson() {}

  public static String write(
      ImprovementPlan plan,
      LocalDate takenOn,
      Audience audience,
      List<Workstream> workstreams,
      List<ActionState> actions) {
    JsonArrayBuilder streams = Json.createArrayBuilder();
    for (Workstream w : workstreams) {
      JsonObjectBuilder stream =
          Json.createObjectBuilder().add("id", w.getId()).add("title", w.getTitle());
      addOrNull(stream, "lead", w.getLeadName());
      addOrNull(stream, "costLow", w.getCostLow());
      addOrNull(stream, "costHigh", w.getCostHigh());
      streams.add(stream);
    }
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (ActionState a : actions) {
      items.add(
          Json.createObjectBuilder()
              .add("id", a.id())
              .add("workstreamId", a.workstreamId())
              .add("workstream", a.workstream())
              .add("title", a.title())
              .add("owner", a.owner())
              .add("status", a.status().name())
              .add("percentComplete", a.percentComplete())
              .add("dueOn", a.dueOn().toString())
              .add("rag", a.rag().name())
              .add("ragReason", a.ragReason()));
    }
    return Json.createObjectBuilder()
        .add("planId", plan.getId())
        .add("title", plan.getTitle())
        .add("takenOn", takenOn.toString())
        .add("audience", audience.name())
        .add("workstreams", streams)
        .add("actions", items)
        .build()
        .toString();
  }

  public static List<ActionState> actions(String content) {
    JsonObject root = Json.createReader(new StringReader(content)).readObject();
    return root.getJsonArray("actions").getValuesAs(JsonObject.class).stream()
        .map(
            a ->
                new ActionState(
                    a.getJsonNumber("id").longValue(),
                    a.getJsonNumber("workstreamId").longValue(),
                    a.getString("workstream"),
                    a.getString("title"),
                    a.getString("owner"),
                    ActionStatus.valueOf(a.getString("status")),
                    a.getInt("percentComplete"),
                    LocalDate.parse(a.getString("dueOn")),
                    Rag.valueOf(a.getString("rag")),
                    a.getString("ragReason")))
        .toList();
  }

  private static void addOrNull(JsonObjectBuilder b, String name, Object value) {
    if (value == null) {
      b.addNull(name);
    } else if (value instanceof Long l) {
      b.add(name, l);
    } else {
      b.add(name, value.toString());
    }
  }
}
