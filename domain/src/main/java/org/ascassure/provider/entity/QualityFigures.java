package org.ascassure.provider.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The market-quality arithmetic, on a given date: which providers count (registered on that day),
 * which rating is in force (the latest published on or before it), the share rated Good or
 * Outstanding among those with a rating (not-yet-rated ones are counted, but outside the
 * denominator), and whether it meets the target (compared exactly, not after rounding).
 */
public final class QualityFigures {

  private QualityFigures() {}

  /** Good or Outstanding out of the rated, with the not-yet-rated beside them. */
  public record Share(long goodOrOutstanding, long rated, long notYetRated) {

    /** The share in percent to one decimal place (half up); empty when nobody is rated. */
    public Optional<BigDecimal> percent() {
      if (rated == 0) {
        return Optional.empty();
      }
      return Optional.of(
          BigDecimal.valueOf(goodOrOutstanding * 100)
              .divide(BigDecimal.valueOf(rated), 1, RoundingMode.HALF_UP));
    }

    /** Whether the exact share reaches the target; never when nobody is rated. */
    public boolean meets(int targetPercent) {
      return rated > 0 && goodOrOutstanding * 100 >= (long) targetPercent * rated;
    }

    /** "81.3%" or "no rated providers". */
    public String describe() {
      return percent().map(p -> p.toPlainString() + "%").orElse("no rated providers");
    }

    Share add(Rating rating) {
      if (!rating.isRated()) {
        return new Share(goodOrOutstanding, rated, notYetRated + 1);
      }
      return new Share(
          goodOrOutstanding + (rating.isGoodOrOutstanding() ? 1 : 0), rated + 1, notYetRated);
    }

    static Share none() {
      return new Share(0, 0, 0);
    }
  }

  /** The figures on one date. */
  public record Snapshot(
      LocalDate date,
      int targetPercent,
      Share overall,
      Map<ServiceType, Share> byServiceType,
      Map<ServiceType, Map<Rating, Long>> counts) {

    public boolean meetsTarget() {
      return overall.meets(targetPercent);
    }

    /** Providers counted on the date, rated or not. */
    public long providers() {
      return overall.rated() + overall.notYetRated();
    }

    public long count(ServiceType type, Rating rating) {
      return counts.getOrDefault(type, Map.of()).getOrDefault(rating, 0L);
    }

    public long total(Rating rating) {
      return counts.values().stream().mapToLong(m -> m.getOrDefault(rating, 0L)).sum();
    }
  }

  /** The share at the end of one quarter (or on the chosen date, for the quarter it falls in). */
  public record QuarterPoint(String label, LocalDate date, Share share) {}

  /** A provider whose rating in force got worse between two dates. */
  public record Fall(Provider provider, Rating from, Rating to, LocalDate ratedOn) {}

  /** A provider not inspected for long: last rated on {@code lastRatedOn}, or never (null). */
  public record Uninspected(Provider provider, LocalDate lastRatedOn, long monthsSince) {}

  /** The rating that counts for a provider on a date: NOT_YET_RATED when none is in force. */
  public static Rating ratingOn(Provider provider, LocalDate date) {
    return provider
        .ratingInForce(date)
        .map(ProviderRating::getOverall)
        .orElse(Rating.NOT_YET_RATED);
  }

  public static Snapshot on(Collection<Provider> providers, LocalDate date, int targetPercent) {
    Share overall = Share.none();
    Map<ServiceType, Share> byType = new EnumMap<>(ServiceType.class);
    Map<ServiceType, Map<Rating, Long>> counts = new EnumMap<>(ServiceType.class);
    for (Provider provider : providers) {
      if (!provider.isActiveOn(date)) {
        continue;
      }
      Rating rating = ratingOn(provider, date);
      overall = overall.add(rating);
      byType.merge(provider.getServiceType(), Share.none().add(rating), QualityFigures::sum);
      counts
          .computeIfAbsent(provider.getServiceType(), t -> new EnumMap<>(Rating.class))
          .merge(rating, 1L, Long::sum);
    }
    return new Snapshot(date, targetPercent, overall, byType, counts);
  }

  private static Share sum(Share a, Share b) {
    return new Share(
        a.goodOrOutstanding() + b.goodOrOutstanding(),
        a.rated() + b.rated(),
        a.notYetRated() + b.notYetRated());
  }

  /**
   * The overall share at the end of each of {@code quarters} quarters, the last being the quarter
   * that holds {@code date} (measured on {@code date} itself).
   */
  public static List<QuarterPoint> trend(
      Collection<Provider> providers, LocalDate date, int quarters) {
    List<QuarterPoint> points = new ArrayList<>();
    LocalDate quarterStart = date.with(IsoFields.DAY_OF_QUARTER, 1);
    for (int i = quarters - 1; i >= 0; i--) {
      LocalDate start = quarterStart.minusMonths(3L * i);
      LocalDate end = start.plusMonths(3).minusDays(1);
      LocalDate measured = end.isAfter(date) ? date : end;
      String label = start.getYear() + " Q" + start.get(IsoFields.QUARTER_OF_YEAR);
      points.add(new QuarterPoint(label, measured, on(providers, measured, 0).overall()));
    }
    return points;
  }

  /**
   * Providers registered on {@code to} whose rating in force then is worse than on {@code from}.
   */
  public static List<Fall> fell(Collection<Provider> providers, LocalDate from, LocalDate to) {
    List<Fall> falls = new ArrayList<>();
    for (Provider provider : providers) {
      if (!provider.isActiveOn(to)) {
        continue;
      }
      Rating before = ratingOn(provider, from);
      Optional<ProviderRating> after = provider.ratingInForce(to);
      if (after.isPresent() && before.fellTo(after.get().getOverall())) {
        falls.add(new Fall(provider, before, after.get().getOverall(), after.get().getRatedOn()));
      }
    }
    falls.sort(Comparator.comparing(Fall::ratedOn).reversed());
    return falls;
  }

  /**
   * Providers registered on {@code date} whose latest rating is at least {@code months} months old
   * then, or who have none though registered that long (or since an unknown date); oldest first.
   */
  public static List<Uninspected> uninspected(
      Collection<Provider> providers, LocalDate date, int months) {
    LocalDate cutoff = date.minusMonths(months);
    List<Uninspected> found = new ArrayList<>();
    for (Provider provider : providers) {
      if (!provider.isActiveOn(date)) {
        continue;
      }
      Optional<LocalDate> last = provider.ratingInForce(date).map(ProviderRating::getRatedOn);
      LocalDate since = last.orElse(provider.getRegisteredOn());
      if (since == null || !since.isAfter(cutoff)) {
        long monthsSince = since == null ? months : ChronoUnit.MONTHS.between(since, date);
        found.add(new Uninspected(provider, last.orElse(null), monthsSince));
      }
    }
    found.sort(Comparator.comparingLong(Uninspected::monthsSince).reversed());
    return found;
  }
}
