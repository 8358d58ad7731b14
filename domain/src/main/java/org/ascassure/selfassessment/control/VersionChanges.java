package org.ascassure.selfassessment.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ascassure.selfassessment.entity.NarrativePart;

/**
 * What changed between two frozen states of a self-assessment (two published versions, or a version
 * and the working draft), part by part: a word diff of each narrative whose words changed, the
 * self-scores that changed, and how many parts stayed as they were.
 */
public final class VersionChanges {

  /** A part whose words changed, with the word diff from the earlier to the later text. */
  public record PartChange(
      String slot,
      String label,
      int wordsAdded,
      int wordsRemoved,
      List<TextDiff.Segment> segments) {}

  /** A statement whose self-score or rationale changed; a null score is "not scored". */
  public record ScoreChange(
      String statement,
      Integer before,
      Integer after,
      String rationaleBefore,
      String rationaleAfter) {}

  /** The comparison of {@code from} (a label such as v1) with {@code to} (v2, or draft). */
  public record Changes(
      String from,
      String to,
      int changedParts,
      int unchangedParts,
      List<PartChange> parts,
      List<ScoreChange> scores) {}

  private VersionChanges() {}

  /** Compares two contents as {@link PublishedContent} writes them. */
  public static Changes between(String fromJson, String toJson) {
    JsonObject from = read(fromJson);
    JsonObject to = read(toJson);
    Map<String, JsonObject> before = bySlot(from);
    List<PartChange> parts = new ArrayList<>();
    int unchanged = 0;
    for (JsonObject n : to.getJsonArray("narratives").getValuesAs(JsonObject.class)) {
      String slot = n.getString("slot");
      JsonObject old = before.get(slot);
      String oldText = old == null ? "" : NarrativeHtml.text(old.getString("html", ""));
      String newText = NarrativeHtml.text(n.getString("html", ""));
      if (oldText.equals(newText)) {
        unchanged++;
        continue;
      }
      List<TextDiff.Segment> segments = TextDiff.between(oldText, newText);
      int[] counts = TextDiff.wordsAddedRemoved(segments);
      parts.add(
          new PartChange(
              slot,
              label(n.getString("part"), n.getString("subject", "")),
              counts[0],
              counts[1],
              segments));
    }
    Map<String, JsonObject> oldScores = new LinkedHashMap<>();
    for (JsonObject s : from.getJsonArray("scores").getValuesAs(JsonObject.class)) {
      oldScores.put(s.getString("statement"), s);
    }
    List<ScoreChange> scores = new ArrayList<>();
    for (JsonObject s : to.getJsonArray("scores").getValuesAs(JsonObject.class)) {
      JsonObject old = oldScores.get(s.getString("statement"));
      Integer was = old == null ? null : score(old);
      String wasWhy = old == null ? "" : old.getString("rationale", "");
      Integer now = score(s);
      String nowWhy = s.getString("rationale", "");
      if (!Objects.equals(was, now) || !wasWhy.equals(nowWhy)) {
        scores.add(new ScoreChange(s.getString("statement"), was, now, wasWhy, nowWhy));
      }
    }
    return new Changes(
        from.getString("label"), to.getString("label"), parts.size(), unchanged, parts, scores);
  }

  /** A part's name as the document shows it, e.g. "QS4 – What is our performance…". */
  public static String label(String part, String subject) {
    String name = NarrativePart.valueOf(part).label();
    return subject == null || subject.isEmpty() ? name : subject + " – " + name;
  }

  private static Integer score(JsonObject s) {
    return s.isNull("score") ? null : s.getInt("score");
  }

  private static Map<String, JsonObject> bySlot(JsonObject content) {
    Map<String, JsonObject> slots = new LinkedHashMap<>();
    for (JsonObject n : content.getJsonArray("narratives").getValuesAs(JsonObject.class)) {
      slots.put(n.getString("slot"), n);
    }
    return slots;
  }

  private static JsonObject read(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
