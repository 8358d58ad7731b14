package org.ascassure.admin.kpi;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ascassure.admin.improvement.Option;
import org.ascassure.admin.platform.ChartConfig;
import org.ascassure.admin.platform.Messages;
import org.ascassure.admin.platform.Navigation;
import org.ascassure.evidence.boundary.EvidenceBank;
import org.ascassure.evidence.entity.EvidenceItem;
import org.ascassure.framework.boundary.FrameworkCatalogue;
import org.ascassure.kpi.boundary.KpiStatus;
import org.ascassure.kpi.boundary.Kpis;
import org.ascassure.kpi.boundary.LeagueRow;
import org.ascassure.kpi.boundary.SubmissionDetails;
import org.ascassure.kpi.boundary.TrendPoint;
import org.ascassure.kpi.entity.Dimension;
import org.ascassure.kpi.entity.Figure;
import org.ascassure.kpi.entity.Kpi;
import org.ascassure.kpi.entity.KpiKind;
import org.ascassure.kpi.entity.KpiSubmission;
import org.ascassure.kpi.entity.Period;
import org.ascassure.kpi.entity.RagRule;
import org.ascassure.kpi.entity.Reporter;
import org.ascassure.platform.boundary.DomainException;

/**
 * One KPI: its definition, the trend as a chart with the same figures in a table, the league table
 * and missing reporters of a period (the last complete one unless another is chosen), the
 * submission form for leads and directors, and filing a period as evidence for leads.
 */
@Named
@ViewScoped
public class KpiPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Kpis kpis;

  @Inject transient EvidenceBank evidence;

  @Inject transient FrameworkCatalogue frameworks;

  private Long id;
  private String period;

  private String submitPeriod;
  private String reporter;
  private String lot;
  private String provider;
  private BigDecimal numerator;
  private BigDecimal denominator;
  private BigDecimal value;
  private String notes;

  private String statement = "QS4";
  private String category = "PROCESSES";

  private transient Kpi kpi;
  private transient List<TrendPoint> trend;
  private transient KpiStatus status;
  private transient List<LeagueRow> league;

  public void load() {
    if (getKpi() == null) {
      Navigation.notFound();
      return;
    }
    submitPeriod = getStatus().latest().period().start().toString();
  }

  public Kpi getKpi() {
    if (kpi == null && id != null) {
      kpi = kpis.find(id).orElse(null);
    }
    return kpi;
  }

  public List<TrendPoint> getTrend() {
    if (trend == null) {
      trend = kpis.trend(id, Kpis.DEFAULT_TREND_PERIODS);
    }
    return trend;
  }

  /** The period the league table shows, with its combined figure and missing reporters. */
  public KpiStatus getStatus() {
    if (status == null) {
      status = kpis.statusFor(id, dayOf(period));
    }
    return status;
  }

  public List<LeagueRow> getLeague() {
    if (league == null) {
      league = kpis.league(id, getStatus().latest().period().start());
    }
    return league;
  }

  /** The periods of the trend, newest first, for choosing the league table's. */
  public List<Option> getPeriods() {
    List<Option> options = new ArrayList<>();
    Period shown = getStatus().latest().period();
    List<TrendPoint> points = getTrend();
    for (int i = points.size() - 1; i >= 0; i--) {
      TrendPoint point = points.get(i);
      options.add(
          new Option(
              point.period().start().toString(), point.name(), point.period().equals(shown)));
    }
    return options;
  }

  /** The trend as a Chart.js line chart, with the target as a second, dashed line. */
  public String getChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder figures = Json.createArrayBuilder();
    JsonArrayBuilder target = Json.createArrayBuilder();
    for (TrendPoint point : getTrend()) {
      labels.add(point.name());
      if (point.hasFigure()) {
        figures.add(point.figure().amount().setScale(1, RoundingMode.HALF_UP));
      } else {
        figures.addNull();
      }
      target.add(getKpi().getTarget());
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
                                    .add("label", getKpi().getName() + " (" + unitLabel() + ")")
                                    .add("data", figures)
                                    .add("borderColor", "#1d70b8")
                                    .add("backgroundColor", "#1d70b8")
                                    .add("spanGaps", false))
                            .add(
                                Json.createObjectBuilder()
                                    .add("label", "Target " + getKpi().targetText())
                                    .add("data", target)
                                    .add("borderColor", "#d4351c")
                                    .add("borderDash", Json.createArrayBuilder().add(6).add(4))
                                    .add("pointRadius", 0))))
            .add("options", Json.createObjectBuilder().add("animation", false))
            .build());
  }

  private String unitLabel() {
    return "%".equals(getKpi().getUnit()) ? "percent" : getKpi().getUnit();
  }

  public String describe(Figure figure) {
    return figure == null ? "Not reported" : figure.describe(getKpi().getUnit());
  }

  public String plain(BigDecimal number) {
    return number == null ? "" : RagRule.plain(number);
  }

  public boolean isRatio() {
    return getKpi().getKind() == KpiKind.RATIO;
  }

  /** Whether the form names reporters by choice (a list is defined) or by typing them. */
  public boolean isReporterChoice() {
    return !getKpi().getReporters().isEmpty() && getKpi().getDimension() != Dimension.COMBINED;
  }

  public boolean isReporterTyped() {
    return getKpi().getReporters().isEmpty() && getKpi().getDimension() != Dimension.COMBINED;
  }

  public List<Option> getReporters() {
    return getKpi().getReporters().stream()
        .map(r -> new Option(r.line(), r.label(), r.line().equals(reporter)))
        .toList();
  }

  /** The framework's statements, for the snapshot's link. */
  public List<Option> getStatements() {
    return frameworks.getByCode(EvidenceBank.FRAMEWORK).statements().stream()
        .map(
            st ->
                new Option(
                    st.getCode(),
                    st.getCode() + " " + st.getTitle(),
                    st.getCode().equals(statement)))
        .toList();
  }

  public List<Option> getCategories() {
    return frameworks.getByCode(EvidenceBank.FRAMEWORK).getEvidenceCategories().stream()
        .map(c -> new Option(c.getCode(), c.getName(), c.getCode().equals(category)))
        .toList();
  }

  public boolean isMaySubmit() {
    return getKpi() != null && kpis.canSubmit(getKpi().getCouncilId());
  }

  public boolean isMayDefine() {
    return getKpi() != null && kpis.canDefine(getKpi().getCouncilId());
  }

  public boolean isMaySnapshot() {
    return getKpi() != null && evidence.canChange(getKpi().getCouncilId());
  }

  public String submit() {
    try {
      Period chosen = periodOf(submitPeriod);
      Reporter who =
          isReporterChoice()
              ? (reporter == null || reporter.isBlank()
                  ? new Reporter("", "")
                  : Reporter.ofLine(reporter))
              : new Reporter(lot, provider);
      KpiSubmission submission =
          kpis.submit(
              id,
              new SubmissionDetails(
                  chosen == null ? null : chosen.start(),
                  chosen == null ? null : chosen.end(),
                  who.lot(),
                  who.provider(),
                  isRatio() ? numerator : null,
                  isRatio() ? denominator : null,
                  isRatio() ? null : value,
                  notes));
      Messages.info(
          "Figures recorded for "
              + submission.getReporter().label()
              + ", "
              + getKpi().periodName(submission.getPeriod())
              + ": "
              + submission.rating().explanation());
      return "/kpis/kpi.xhtml?faces-redirect=true&id="
          + id
          + "&period="
          + submission.getPeriod().start();
    } catch (DomainException rejected) {
      Messages.of(rejected);
      return null;
    }
  }

  private Period periodOf(String start) {
    if (start == null || start.isBlank()) {
      return null;
    }
    LocalDate day = dayOf(start);
    return day == null ? null : getKpi().periodContaining(day);
  }

  public String snapshot() {
    try {
      EvidenceItem item =
          kpis.snapshotAsEvidence(id, getStatus().latest().period().start(), statement, category);
      Messages.info(
          "Filed in the evidence bank as "
              + item.getRef()
              + ": cite it as ("
              + item.getRef()
              + ").");
      return "/evidence/item.xhtml?faces-redirect=true&id=" + item.getId();
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

  /** The day a period parameter names, or null (the last complete period) when it names none. */
  private static LocalDate dayOf(String text) {
    try {
      return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    } catch (java.time.format.DateTimeParseException notADate) {
      return null;
    }
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public String getSubmitPeriod() {
    return submitPeriod;
  }

  public void setSubmitPeriod(String submitPeriod) {
    this.submitPeriod = submitPeriod;
  }

  public String getReporter() {
    return reporter;
  }

  public void setReporter(String reporter) {
    this.reporter = reporter;
  }

  public String getLot() {
    return lot;
  }

  public void setLot(String lot) {
    this.lot = lot;
  }

  public String getProvider() {
    return provider;
  }

  public void setProvider(String provider) {
    this.provider = provider;
  }

  public BigDecimal getNumerator() {
    return numerator;
  }

  public void setNumerator(BigDecimal numerator) {
    this.numerator = numerator;
  }

  public BigDecimal getDenominator() {
    return denominator;
  }

  public void setDenominator(BigDecimal denominator) {
    this.denominator = denominator;
  }

  public BigDecimal getValue() {
    return value;
  }

  public void setValue(BigDecimal value) {
    this.value = value;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public String getStatement() {
    return statement;
  }

  public void setStatement(String statement) {
    this.statement = statement;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }
}
