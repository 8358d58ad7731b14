package org.ascassure.web.provider;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ascassure.provider.boundary.FindingThemes;
import org.ascassure.provider.boundary.QualityReport;
import org.ascassure.provider.entity.FindingTheme;
import org.ascassure.provider.entity.InspectionIssue;
import org.ascassure.provider.entity.Provider;
import org.ascassure.provider.entity.ProviderImport;
import org.ascassure.provider.entity.ProviderRating;
import org.ascassure.provider.entity.QualityFigures;
import org.ascassure.provider.entity.QualitySetting;
import org.ascassure.provider.entity.Rating;
import org.ascassure.provider.entity.ServiceType;
import org.ascassure.provider.entity.SupportEpisode;

/** What clients read about providers and their quality. Dates are ISO (2025-09-17). */
public final class ProviderViews {

  private ProviderViews() {}

  static String iso(LocalDate date) {
    return date == null ? null : date.toString();
  }

  /** A rating as published: overall and the key questions rated (SAFE, WELL_LED, ...). */
  public record RatingView(long id, String ratedOn, String overall, Map<String, String> questions) {
    static RatingView of(ProviderRating r) {
      Map<String, String> q = new LinkedHashMap<>();
      r.getQuestions().forEach((k, v) -> q.put(k.name(), v.name()));
      return new RatingView(r.getId(), iso(r.getRatedOn()), r.getOverall().name(), q);
    }
  }

  /** A provider with its rating history, oldest first, and the rating in force today. */
  public record ProviderView(
      long id,
      long councilId,
      String cqcLocationId,
      String name,
      String serviceType,
      String sector,
      boolean contracted,
      String area,
      String registeredOn,
      String deregisteredOn,
      String currentRating,
      List<RatingView> ratings,
      long version) {
    static ProviderView of(Provider p) {
      return new ProviderView(
          p.getId(),
          p.councilId(),
          p.getCqcLocationId(),
          p.getName(),
          p.getServiceType().name(),
          p.getSector().name(),
          p.isContracted(),
          p.getArea(),
          iso(p.getRegisteredOn()),
          iso(p.getDeregisteredOn()),
          QualityFigures.ratingOn(p, LocalDate.now()).name(),
          p.getRatings().stream().map(RatingView::of).toList(),
          p.getVersion());
    }
  }

  /** An import job: counts so far, and each row it could not use ("row 7: reason"). */
  public record ImportView(
      long id,
      long councilId,
      String fileName,
      String status,
      int totalRows,
      int doneRows,
      int percentDone,
      int created,
      int updated,
      int unchanged,
      int rejected,
      List<String> problems,
      String summary) {
    static ImportView of(ProviderImport j) {
      return new ImportView(
          j.getId(),
          j.councilId(),
          j.getFileName(),
          j.getStatus().name(),
          j.getTotalRows(),
          j.getDoneRows(),
          j.getPercentDone(),
          j.getCreatedRows(),
          j.getUpdatedRows(),
          j.getSameRows(),
          j.getRejectedRows(),
          j.getProblems(),
          j.getSummary());
    }
  }

  /** A share: percent is null when nobody is rated. */
  public record ShareView(
      String percent, long goodOrOutstanding, long rated, long notYetRated, boolean meetsTarget) {
    static ShareView of(QualityFigures.Share s, int target) {
      return new ShareView(
          s.percent().map(p -> p.toPlainString()).orElse(null),
          s.goodOrOutstanding(),
          s.rated(),
          s.notYetRated(),
          s.meets(target));
    }
  }

  public record TrendPoint(String quarter, String date, ShareView share) {}

  public record FallView(long providerId, String name, String from, String to, String ratedOn) {}

  public record UninspectedView(
      long providerId, String name, String lastRatedOn, long monthsSince) {}

  /**
   * The dashboard on a date. Not-yet-rated providers are counted in notYetRated and left out of the
   * share's denominator.
   */
  public record QualityView(
      String date,
      int targetPercent,
      long providers,
      ShareView overall,
      Map<String, ShareView> byServiceType,
      Map<String, Map<String, Long>> counts,
      List<TrendPoint> trend,
      String fellSince,
      List<FallView> fell,
      int staleMonths,
      List<UninspectedView> uninspected,
      String note) {
    static QualityView of(QualityReport r) {
      QualityFigures.Snapshot f = r.figures();
      int target = f.targetPercent();
      Map<String, ShareView> byType = new LinkedHashMap<>();
      Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
      for (ServiceType type : ServiceType.values()) {
        if (f.byServiceType().containsKey(type)) {
          byType.put(type.name(), ShareView.of(f.byServiceType().get(type), target));
          Map<String, Long> row = new LinkedHashMap<>();
          for (Rating rating : Rating.values()) {
            row.put(rating.name(), f.count(type, rating));
          }
          counts.put(type.name(), row);
        }
      }
      return new QualityView(
          iso(f.date()),
          target,
          f.providers(),
          ShareView.of(f.overall(), target),
          byType,
          counts,
          r.trend().stream()
              .map(p -> new TrendPoint(p.label(), iso(p.date()), ShareView.of(p.share(), target)))
              .toList(),
          iso(r.fellSince()),
          r.fell().stream()
              .map(
                  x ->
                      new FallView(
                          x.provider().getId(),
                          x.provider().getName(),
                          x.from().name(),
                          x.to().name(),
                          iso(x.ratedOn())))
              .toList(),
          r.staleMonths(),
          r.uninspected().stream()
              .map(
                  u ->
                      new UninspectedView(
                          u.provider().getId(),
                          u.provider().getName(),
                          iso(u.lastRatedOn()),
                          u.monthsSince()))
              .toList(),
          "Shares count providers rated Good or Outstanding among those with a rating in force;"
              + " providers not yet rated are left out of the denominator.");
    }
  }

  public record SettingView(int targetPercent, int staleMonths, long version) {
    static SettingView of(QualitySetting s) {
      return new SettingView(s.getTargetPercent(), s.getStaleMonths(), s.getVersion());
    }
  }

  public record ThemeView(long id, String name, String trainingOffer, long issues, long version) {
    static ThemeView of(FindingThemes.Tally t) {
      return new ThemeView(
          t.theme().getId(),
          t.theme().getName(),
          t.theme().getTrainingOffer(),
          t.issues(),
          t.theme().getVersion());
    }

    static ThemeView of(FindingTheme t) {
      return new ThemeView(t.getId(), t.getName(), t.getTrainingOffer(), 0, t.getVersion());
    }
  }

  public record IssueView(
      long id,
      long providerId,
      String provider,
      long themeId,
      String theme,
      String foundOn,
      String text) {
    static IssueView of(InspectionIssue i) {
      return new IssueView(
          i.getId(),
          i.getProvider().getId(),
          i.getProvider().getName(),
          i.getTheme().getId(),
          i.getTheme().getName(),
          iso(i.getFoundOn()),
          i.getText());
    }
  }

  /** An episode; the ratings before and after come from the provider's history (null: none). */
  public record EpisodeView(
      long id,
      long providerId,
      String provider,
      String team,
      String startedOn,
      String endedOn,
      String notes,
      String ratingBefore,
      String ratingAfter,
      long version) {
    static EpisodeView of(SupportEpisode e) {
      return new EpisodeView(
          e.getId(),
          e.getProvider().getId(),
          e.getProvider().getName(),
          e.getTeam(),
          iso(e.getStartedOn()),
          iso(e.getEndedOn()),
          e.getNotes(),
          e.ratingBefore().map(Enum::name).orElse(null),
          e.ratingAfter().map(Enum::name).orElse(null),
          e.getVersion());
    }
  }
}
