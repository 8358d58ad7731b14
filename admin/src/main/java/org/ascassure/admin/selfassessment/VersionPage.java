package org.ascassure.admin.selfassessment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;
import org.ascassure.admin.platform.Navigation;
import org.ascassure.platform.boundary.NotFoundException;
import org.ascassure.selfassessment.boundary.SelfAssessments;
import org.ascassure.selfassessment.control.NarrativeHtml;
import org.ascassure.selfassessment.entity.NarrativePart;
import org.ascassure.selfassessment.entity.PublishedVersion;

/** A published version, read exactly as it was frozen. */
@Named
@RequestScoped
public class VersionPage {

  @Inject SelfAssessments selfAssessments;

  private Long id;
  private Integer number;
  private PublishedVersion version;
  private JsonObject content;

  /** One part of the frozen text; its HTML is sanitised again before it is shown. */
  public record Part(String label, String safeHtml) {}

  /** One frozen self-score. */
  public record Score(String statement, String score, String rationale) {}

  public void load() {
    try {
      version = selfAssessments.version(id == null ? -1 : id, number == null ? -1 : number);
    } catch (NotFoundException missing) {
      Navigation.notFound();
      return;
    }
    try (JsonReader reader = Json.createReader(new StringReader(version.getContentJson()))) {
      content = reader.readObject();
    }
  }

  public List<Part> getParts() {
    return content.getJsonArray("narratives").getValuesAs(JsonObject.class).stream()
        .map(
            n -> {
              NarrativePart part = NarrativePart.valueOf(n.getString("part"));
              String subject = n.getString("subject", "");
              String label = subject.isEmpty() ? part.label() : subject + " – " + part.label();
              return new Part(label, NarrativeHtml.sanitise(n.getString("html", "")));
            })
        .toList();
  }

  public List<Score> getScores() {
    return content.getJsonArray("scores").getValuesAs(JsonObject.class).stream()
        .map(
            s ->
                new Score(
                    s.getString("statement"),
                    s.isNull("score") ? "Not scored" : String.valueOf(s.getInt("score")),
                    s.getString("rationale", "")))
        .toList();
  }

  public JsonObject getContent() {
    return content;
  }

  public PublishedVersion getVersion() {
    return version;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Integer getNumber() {
    return number;
  }

  public void setNumber(Integer number) {
    this.number = number;
  }
}
