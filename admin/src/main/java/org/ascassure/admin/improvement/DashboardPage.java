package org.ascassure.admin.improvement;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.ascassure.admin.platform.ChartConfig;
import org.ascassure.admin.platform.Messages;
import org.ascassure.admin.platform.Navigation;
import org.ascassure.improvement.boundary.ImprovementPlans;
import org.ascassure.improvement.boundary.PlanSummary;
import org.ascassure.improvement.entity.Audience;
import org.ascassure.improvement.entity.ImprovementPlan;
import org.ascassure.improvement.entity.PlanSnapshot;
import org.ascassure.improvement.entity.Rag;
import org.ascassure.platform.boundary.DomainException;

/**
 * The director's dashboard: RAG counts per workstream as a chart with the same figures in a table
 * for screen readers, overdue and slipped actions, the next statutory deadlines and the costs; and
 * freezing a report for an audience.
 */
@Named
@ViewScoped
public class DashboardPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Chart colours chosen for contrast against white; the legend names each colour in words. */
  private static final List<Rag> SHOWN = List.of(Rag.RED, Rag.AMBER, Rag.GREEN, Rag.BLUE);

  private static final List<String> COLOURS = List.of("#d4351c", "#f9c80e", "#00703c", "#1d70b8");

  @Inject transient ImprovementPlans plans;

  private Long id;
  private Audience audience;
  private LocalDate takenOn;

  private transient ImprovementPlan plan;
  private transient PlanSummary summary;

  public void load() {
    if (getPlan() == null) {
      Navigation.notFound();
    }
  }

  public ImprovementPlan getPlan() {
    if (plan == null && id != null) {
      plan = plans.findPlan(id).orElse(null);
    }
    return plan;
  }

  public PlanSummary getSummary() {
    if (summary == null) {
      summary = plans.summary(id, ImprovementPlans.today());
    }
    return summary;
  }

  public List<Rag> getShownColours() {
    return SHOWN;
  }

  /** The stacked bar chart's Chart.js configuration. */
  public String getChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    getSummary().workstreams().forEach(w -> labels.add(w.title()));
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (int i = 0; i < SHOWN.size(); i++) {
      Rag rag = SHOWN.get(i);
      JsonArrayBuilder data = Json.createArrayBuilder();
      getSummary().workstreams().forEach(w -> data.add(w.ragCounts().getOrDefault(rag, 0L)));
      datasets.add(
          Json.createObjectBuilder()
              .add("label", label(rag))
              .add("data", data)
              .add("backgroundColor", COLOURS.get(i)));
    }
    return ChartConfig.of(
        Json.createObjectBuilder()
            .add("type", "bar")
            .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
            .add(
                "options",
                Json.createObjectBuilder()
                    .add("animation", false)
                    .add(
                        "scales",
                        Json.createObjectBuilder()
                            .add("x", Json.createObjectBuilder().add("stacked", true))
                            .add(
                                "y",
                                Json.createObjectBuilder()
                                    .add("stacked", true)
                                    .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
            .build());
  }

  public static String label(Rag rag) {
    return switch (rag) {
      case RED -> "Red";
      case AMBER -> "Amber";
      case GREEN -> "Green";
      case BLUE -> "Complete (blue)";
      case NONE -> "Not rated";
    };
  }

  /** How many of a workstream's actions have a colour ("RED"); the table beside the chart. */
  public long count(PlanSummary.WorkstreamSummary workstream, String rag) {
    return workstream.ragCounts().getOrDefault(Rag.valueOf(rag), 0L);
  }

  public String labelOf(Rag rag) {
    return label(rag);
  }

  public boolean isDirector() {
    return getPlan() != null && plans.canDirect(getPlan().councilId());
  }

  public List<Audience> getAudiences() {
    return Arrays.asList(Audience.values());
  }

  public String freeze() {
    try {
      PlanSnapshot snapshot = plans.freeze(id, takenOn, audience);
      Messages.info(
          "The plan has been frozen for the "
              + snapshot.getAudience().label().toLowerCase(java.util.Locale.UK)
              + " on "
              + snapshot.getTakenOn()
              + ".");
      return "/improvement/snapshots.xhtml?faces-redirect=true&id=" + id;
    } catch (DomainException rejected) {
      Messages.of(rejected);
      return null;
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Audience getAudience() {
    return audience;
  }

  public void setAudience(Audience audience) {
    this.audience = audience;
  }

  public LocalDate getTakenOn() {
    return takenOn;
  }

  public void setTakenOn(LocalDate takenOn) {
    this.takenOn = takenOn;
  }
}
