package org.ascassure.web.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.ascassure.kpi.boundary.KpiStatus;
import org.ascassure.kpi.boundary.LeagueRow;
import org.ascassure.kpi.boundary.TrendPoint;
import org.ascassure.kpi.entity.Figure;
import org.ascassure.kpi.entity.Kpi;
import org.ascassure.kpi.entity.KpiRevision;
import org.ascassure.kpi.entity.KpiSubmission;
import org.ascassure.kpi.entity.Rating;
import org.ascassure.kpi.entity.Reporter;

/** How KPIs and their figures read in JSON. */
public final class KpiViews {

  private KpiViews() {}

  public record ReporterView(String lot, String provider, String label) {
    static ReporterView of(Reporter r) {
      return new ReporterView(r.lot(), r.provider(), r.label());
    }
  }

  public record KpiView(
      long id,
      long councilId,
      String name,
      String description,
      String unit,
      String kind,
      String direction,
      BigDecimal target,
      BigDecimal amberTolerance,
      String frequency,
      LocalDate anchorDate,
      String dimension,
      List<ReporterView> reporters,
      String exclusions,
      long version) {
    static KpiView of(Kpi k) {
      return new KpiView(
          k.getId(),
          k.getCouncilId(),
          k.getName(),
          k.getDescription(),
          k.getUnit(),
          k.getKind().name(),
          k.getDirection().name(),
          plain(k.getTarget()),
          plain(k.getAmberTolerance()),
          k.getFrequency().name(),
          k.getAnchorDate(),
          k.getDimension().name(),
          k.getReporters().stream().map(ReporterView::of).toList(),
          k.getExclusions(),
          k.getVersion());
    }
  }

  /**
   * A figure: {@code amount} is the percentage of a ratio (or the value), to one decimal place; the
   * RAG was computed against the KPI's target just now, and {@code explanation} says how.
   */
  public record FigureView(
      BigDecimal numerator,
      BigDecimal denominator,
      BigDecimal value,
      BigDecimal amount,
      String rag,
      String explanation) {
    static FigureView of(Figure f, Rating r) {
      if (f == null) {
        return null;
      }
      return new FigureView(
          plain(f.numerator()),
          plain(f.denominator()),
          plain(f.value()),
          f.amount().setScale(1, RoundingMode.HALF_UP),
          r.rag().name(),
          r.explanation());
    }
  }

  public record RevisionView(
      int revision,
      BigDecimal numerator,
      BigDecimal denominator,
      BigDecimal value,
      String notes,
      LocalDateTime submittedAt,
      String submittedBy) {
    static RevisionView of(KpiRevision r) {
      Figure f = r.getFigure();
      return new RevisionView(
          r.getRevision(),
          plain(f.numerator()),
          plain(f.denominator()),
          plain(f.value()),
          r.getNotes(),
          r.getSubmittedAt(),
          r.getSubmittedBy());
    }
  }

  public record SubmissionView(
      long id,
      long kpiId,
      LocalDate periodStart,
      LocalDate periodEnd,
      String periodName,
      String lot,
      String provider,
      int revision,
      FigureView figure,
      String notes,
      LocalDateTime submittedAt,
      String submittedBy,
      long version,
      List<RevisionView> revisions) {
    static SubmissionView of(KpiSubmission s, List<KpiRevision> revisions) {
      Kpi kpi = s.getKpi();
      return new SubmissionView(
          s.getId(),
          kpi.getId(),
          s.getPeriod().start(),
          s.getPeriod().end(),
          kpi.periodName(s.getPeriod()),
          s.getReporter().lot(),
          s.getReporter().provider(),
          s.getRevision(),
          FigureView.of(s.getFigure(), s.rating()),
          s.getNotes(),
          s.getSubmittedAt(),
          s.getSubmittedBy(),
          s.getVersion(),
          revisions == null ? null : revisions.stream().map(RevisionView::of).toList());
    }
  }

  /** A period's combined figure; {@code figure} is null when nobody reported. */
  public record PointView(
      LocalDate periodStart,
      LocalDate periodEnd,
      String periodName,
      FigureView figure,
      int reported,
      int expected) {
    static PointView of(TrendPoint p) {
      return new PointView(
          p.period().start(),
          p.period().end(),
          p.name(),
          p.hasFigure() ? FigureView.of(p.figure(), p.rating()) : null,
          p.reported(),
          p.expected());
    }
  }

  public static final String COMBINING =
      "Each period's figure puts every reporter together: for a ratio, numerators and"
          + " denominators are added up before dividing (larger providers weigh more); for a"
          + " value, the reporters' values are averaged.";

  public record TrendView(
      long kpiId, String target, String direction, String method, List<PointView> points) {}

  public record LeagueEntry(
      int rank, long submissionId, String lot, String provider, String label, FigureView figure) {
    static LeagueEntry of(LeagueRow row) {
      KpiSubmission s = row.submission();
      return new LeagueEntry(
          row.rank(),
          s.getId(),
          s.getReporter().lot(),
          s.getReporter().provider(),
          s.getReporter().label(),
          FigureView.of(s.getFigure(), row.rating()));
    }
  }

  public record LeagueView(
      long kpiId,
      PointView combined,
      List<LeagueEntry> rows,
      List<ReporterView> missing,
      String method) {}

  public record KpiStatusView(KpiView kpi, PointView latest, List<ReporterView> missing) {
    static KpiStatusView of(KpiStatus s) {
      return new KpiStatusView(
          KpiView.of(s.kpi()),
          PointView.of(s.latest()),
          s.missing().stream().map(ReporterView::of).toList());
    }
  }

  /** The evidence item a snapshot made: cite it by {@code ref}. */
  public record SnapshotView(long evidenceId, String ref, String title, String description) {}

  static BigDecimal plain(BigDecimal number) {
    if (number == null) {
      return null;
    }
    BigDecimal stripped = number.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
