package org.ascassure.selfassessment.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.ascassure.selfassessment.entity.Narrative;
import org.ascassure.selfassessment.entity.SelfAssessment;
import org.ascassure.selfassessment.entity.SelfScore;
import org.ascassure.selfassessment.entity.SignOff;

/** The whole of a self-assessment as JSON, frozen into a published version. */
public final class PublishedContent {

  private PublishedContent() {}

  public static String of(SelfAssessment sa, int number) {
    return build(sa, "v" + number);
  }

  /** The working draft in the same form, so it can be compared with a published version. */
  public static String draft(SelfAssessment sa) {
    return build(sa, "draft");
  }

  private static String build(SelfAssessment sa, String label) {
    JsonArrayBuilder narratives = Json.createArrayBuilder();
    for (Narrative n : sa.getNarratives()) {
      narratives.add(
          Json.createObjectBuilder()
              .add("slot", n.getSlot())
              .add("part", n.getPart().name())
              .add("section", n.getPart().section().name())
              .add("subject", n.getSubjectCode() == null ? "" : n.getSubjectCode())
              .add("revision", n.getRevisionNumber())
              .add("html", n.getBodyHtml()));
    }
    JsonArrayBuilder scores = Json.createArrayBuilder();
    for (SelfScore s : sa.getScores()) {
      JsonObjectBuilder score = Json.createObjectBuilder().add("statement", s.getStatementCode());
      if (s.getScore() == null) {
        score.addNull("score");
      } else {
        score.add("score", s.getScore());
      }
      scores.add(score.add("rationale", s.getRationale() == null ? "" : s.getRationale()));
    }
    JsonArrayBuilder signOffs = Json.createArrayBuilder();
    for (SignOff o : sa.getSignOffs()) {
      signOffs.add(
          Json.createObjectBuilder()
              .add("kind", o.getKind().name())
              .add("name", o.getPersonName())
              .add("role", nullToEmpty(o.getPersonRole()))
              .add("organisation", nullToEmpty(o.getOrganisation()))
              .add("givenOn", o.getGivenOn().toString())
              .add("comment", nullToEmpty(o.getComment())));
    }
    return Json.createObjectBuilder()
        .add("label", label)
        .add("selfAssessment", sa.getId())
        .add("council", sa.getCouncil().getName())
        .add("framework", sa.getFramework().getCode())
        .add("title", sa.getTitle())
        .add("period", sa.getPeriodLabel())
        .add("status", sa.getStatus().name())
        .add("frozenAt", LocalDateTime.now(ZoneOffset.UTC).toString())
        .add("narratives", narratives)
        .add("scores", scores)
        .add("signOffs", signOffs)
        .build()
        .toString();
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
