package org.ascassure.kpi.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ascassure.platform.entity.Tracked;

/**
 * One reporter's figures for one period of a KPI, as they stand: the latest revision's. There is
 * one per KPI, period and reporter; {@link #correct} makes the next revision rather than a second
 * submission.
 */
@Entity
@Table(name = "kpi_submission")
@NamedQuery(
    name = KpiSubmission.OF_KPI,
    query =
        "select s from KpiSubmission s where s.kpi.id = :kpiId"
            + " order by s.periodStart, s.lot, s.provider")
@NamedQuery(
    name = KpiSubmission.OF_PERIOD,
    query =
        "select s from KpiSubmission s where s.kpi.id = :kpiId and s.periodStart = :start"
            + " order by s.lot, s.provider")
@NamedQuery(
    name = KpiSubmission.OF_UNIT,
    query =
        "select s from KpiSubmission s where s.kpi.id = :kpiId and s.periodStart = :start"
            + " and s.lot = :lot and s.provider = :provider")
public class KpiSubmission extends Tracked {

  public static final String OF_KPI = "KpiSubmission.ofKpi";
  public static final String OF_PERIOD = "KpiSubmission.ofPeriod";
  public static final String OF_UNIT = "KpiSubmission.ofUnit";
  public static final int NOTES_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "kpi_id", updatable = false)
  private Kpi kpi;

  @Column(name = "period_start", nullable = false, updatable = false)
  private LocalDate periodStart;

  @Column(name = "period_end", nullable = false, updatable = false)
  private LocalDate periodEnd;

  @Column(name = "lot", nullable = false, updatable = false, length = Reporter.LOT_LENGTH)
  private String lot;

  @Column(name = "provider", nullable = false, updatable = false, length = Reporter.PROVIDER_LENGTH)
  private String provider;

  @Column(name = "revision", nullable = false)
  private int revision;

  @Column(name = "numerator", precision = 14, scale = 3)
  private BigDecimal numerator;

  @Column(name = "denominator", precision = 14, scale = 3)
  private BigDecimal denominator;

  @Column(name = "figure_value", precision = 14, scale = 3)
  private BigDecimal value;

  @Column(name = "notes", length = NOTES_LENGTH)
  private String notes;

  @Column(name = "submitted_at", nullable = false)
  private LocalDateTime submittedAt;

  @Column(name = "submitted_by", nullable = false, length = USER_NAME_LENGTH)
  private String submittedBy;

  protected KpiSubmission() {}

  public KpiSubmission(Kpi kpi, Period period, Reporter reporter) {
    this.kpi = kpi;
    this.periodStart = period.start();
    this.periodEnd = period.end();
    this.lot = reporter.lot();
    this.provider = reporter.provider();
  }

  /** Puts the figures of the next revision in place and returns that revision to be stored. */
  public KpiRevision correct(Figure figure, String notes, LocalDateTime at, String by) {
    revision++;
    this.numerator = figure.numerator();
    this.denominator = figure.denominator();
    this.value = figure.value();
    this.notes = notes == null || notes.isBlank() ? null : notes.strip();
    this.submittedAt = at;
    this.submittedBy = by;
    return new KpiRevision(this, revision, figure, this.notes, at, by);
  }

  public Long getId() {
    return id;
  }

  public Kpi getKpi() {
    return kpi;
  }

  public Period getPeriod() {
    return new Period(periodStart, periodEnd);
  }

  public Reporter getReporter() {
    return new Reporter(lot, provider);
  }

  public int getRevision() {
    return revision;
  }

  public Figure getFigure() {
    return new Figure(numerator, denominator, value);
  }

  public Rating rating() {
    return kpi.rate(getFigure());
  }

  public String getNotes() {
    return notes;
  }

  public LocalDateTime getSubmittedAt() {
    return submittedAt;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  @Override
  public String auditType() {
    return "KpiSubmission";
  }

  @Override
  public Object auditId() {
    return id;
  }

  @Override
  public Long auditCouncilId() {
    return kpi == null ? null : kpi.getCouncilId();
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("kpi", kpi == null ? null : kpi.getId());
    state.put("periodStart", periodStart);
    state.put("lot", lot);
    state.put("provider", provider);
    state.put("revision", revision);
    state.put("numerator", Kpi.plainOrNull(numerator));
    state.put("denominator", Kpi.plainOrNull(denominator));
    state.put("value", Kpi.plainOrNull(value));
    state.put("notes", notes);
    return state;
  }
}
