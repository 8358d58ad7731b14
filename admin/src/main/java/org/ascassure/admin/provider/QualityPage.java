package org.ascassure.admin.provider;

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
import org.ascassure.council.boundary.Councils;
import org.ascassure.council.entity.Council;
import org.ascassure.evidence.entity.EvidenceItem;
import org.ascassure.platform.boundary.DomainException;
import org.ascassure.platform.boundary.StaleVersionException;
import org.ascassure.provider.boundary.ProviderQuality;
import org.ascassure.provider.boundary.QualityReport;
import org.ascassure.provider.entity.QualityFigures;
import org.ascassure.provider.entity.QualitySetting;
import org.ascassure.provider.entity.Rating;
import org.ascassure.provider.entity.ServiceType;

/**
 * The quality dashboard on a chosen date (in the address, so it can be bookmarked): share rated
 * Good or Outstanding against the target, per service type, the quarterly trend as a chart with its
 * figures in a table, counts by service type and rating, falls and long-uninspected providers; the
 * target form (directors, administrators) and "file as evidence" (leads, administrators).
 */
@Named
@ViewScoped
public class QualityPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ProviderQuality quality;

  @Inject transient Councils councils;

  private Long councilId;
  private LocalDate date;
  private LocalDate fellSince;
  private Integer targetPercent;
  private Integer staleMonths;
  private long settingVersion;
  private transient Council council;
  private transient QualityReport report;

  public void load() {
    if (councilId == null || getCouncil() == null) {
      Navigation.notFound();
      return;
    }
    if (targetPercent == null) {
      QualitySetting setting = quality.setting(councilId);
      targetPercent = setting.getTargetPercent();
      staleMonths = setting.getStaleMonths();
      settingVersion = setting.getVersion();
    }
  }

  public Council getCouncil() {
    if (council == null && councilId != null) {
      council = councils.find(councilId).orElse(null);
    }
    return council;
  }

  public QualityReport getReport() {
    if (report == null) {
      try {
        report = quality.report(councilId, date, fellSince);
      } catch (DomainException rejected) {
        Messages.of(rejected);
        fellSince = null;
        report = quality.report(councilId, date, null);
      }
    }
    return report;
  }

  public QualityFigures.Snapshot getFigures() {
    return getReport().figures();
  }

  public String show() {
    return "/providers/quality?faces-redirect=true&includeViewParams=true";
  }

  /** The trend as a Chart.js line chart with the target as a dashed line. */
  public String getChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder shares = Json.createArrayBuilder();
    JsonArrayBuilder target = Json.createArrayBuilder();
    for (QualityFigures.QuarterPoint point : getReport().trend()) {
      labels.add(point.label());
      point.share().percent().ifPresentOrElse(p -> shares.add(p), () -> shares.addNull());
      target.add(getFigures().targetPercent());
    }
    return ChartConfig.of(
        Json.createObjectBuilder()
            .add("type", "line")
            .add(
                "data",
                Json.createObjectBuilder()
                    .add("labels", labels)
                    .add(
                        "datasets",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("label", "Good or Outstanding (%)")
                                    .add("data", shares)
                                    .add("borderColor", "#1d70b8")
                                    .add("backgroundColor", "#1d70b8"))
                            .add(
                                Json.createObjectBuilder()
                                    .add("label", "Target (%)")
                                    .add("data", target)
                                    .add("borderColor", "#d4351c")
                                    .add("backgroundColor", "#d4351c")
                                    .add("borderDash", Json.createArrayBuilder().add(6).add(4))
                                    .add("pointRadius", 0))))
            .add(
                "options",
                Json.createObjectBuilder()
                    .add("animation", false)
                    .add(
                        "scales",
                        Json.createObjectBuilder()
                            .add("y", Json.createObjectBuilder().add("min", 0).add("max", 100))))
            .build());
  }

  public String share(QualityFigures.Share share) {
    return share == null ? "–" : share.describe();
  }

  public List<ServiceType> getServiceTypes() {
    return getFigures().byServiceType().keySet().stream().sorted().toList();
  }

  public List<Rating> getRatings() {
    return Arrays.asList(Rating.values());
  }

  public boolean isCanChangeSetting() {
    return quality.canChangeSetting(councilId);
  }

  public boolean isCanSnapshot() {
    return quality.canSnapshot(councilId);
  }

  public String saveSetting() {
    try {
      QualitySetting saved =
          quality.changeSetting(councilId, settingVersion, targetPercent, staleMonths);
      Messages.info("The target is now " + saved.getTargetPercent() + "%.");
      return show();
    } catch (StaleVersionException stale) {
      Messages.error(
          "Someone else changed the target since you opened this page, so yours was not saved."
              + " Your figures are still in the form: save again to replace theirs.");
      settingVersion = stale.currentVersion();
      return null;
    } catch (DomainException rejected) {
      Messages.of(rejected);
      return null;
    }
  }

  public String snapshot() {
    try {
      EvidenceItem item = quality.snapshotAsEvidence(councilId, date);
      Messages.info(
          "The figures are filed in the evidence bank as "
              + item.getRef()
              + ", under Care provision, integration and continuity.");
      return "/evidence/item?faces-redirect=true&id=" + item.getId();
    } catch (DomainException rejected) {
      Messages.of(rejected);
      return null;
    }
  }

  public Long getCouncilId() {
    return councilId;
  }

  public void setCouncilId(Long councilId) {
    this.councilId = councilId;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public LocalDate getFellSince() {
    return fellSince;
  }

  public void setFellSince(LocalDate fellSince) {
    this.fellSince = fellSince;
  }

  public Integer getTargetPercent() {
    return targetPercent;
  }

  public void setTargetPercent(Integer targetPercent) {
    this.targetPercent = targetPercent;
  }

  public Integer getStaleMonths() {
    return staleMonths;
  }

  public void setStaleMonths(Integer staleMonths) {
    this.staleMonths = staleMonths;
  }
}
