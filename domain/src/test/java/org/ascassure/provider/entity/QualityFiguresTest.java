package org.ascassure.provider.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QualityFiguresTest {

  private static final LocalDate DAY = LocalDate.of(2025, 9, 30);

  private static Provider provider(
      String id, ServiceType type, LocalDate registered, LocalDate gone) {
    return new Provider(
        null,
        new ProviderDetails(
            id, "Home " + id, type, Sector.INDEPENDENT, true, null, registered, gone));
  }

  private static Provider rated(String id, ServiceType type, Object... datesAndRatings) {
    Provider p = provider(id, type, LocalDate.of(2015, 1, 1), null);
    for (int i = 0; i < datesAndRatings.length; i += 2) {
      p.rate((LocalDate) datesAndRatings[i], (Rating) datesAndRatings[i + 1], Map.of());
    }
    return p;
  }

  private static Provider rated(String id, Rating rating) {
    return rated(id, ServiceType.HOME_CARE, LocalDate.of(2024, 1, 10), rating);
  }

  @Test
  void noProvidersAtAllGivesNoShareAndMissesTheTarget() {
    QualityFigures.Snapshot s = QualityFigures.on(List.of(), DAY, 80);

    assertThat(s.overall().percent()).isEmpty();
    assertThat(s.overall().describe()).isEqualTo("no rated providers");
    assertThat(s.meetsTarget()).isFalse();
    assertThat(s.providers()).isZero();
  }

  @Test
  void allNotYetRatedAreCountedButLeftOutOfTheDenominator() {
    Provider never = provider("1-1", ServiceType.SUPPORTED_LIVING, LocalDate.of(2025, 1, 1), null);
    Provider nyr = rated("1-2", Rating.NOT_YET_RATED);

    QualityFigures.Snapshot s = QualityFigures.on(List.of(never, nyr), DAY, 80);

    assertThat(s.overall()).isEqualTo(new QualityFigures.Share(0, 0, 2));
    assertThat(s.overall().percent()).isEmpty();
    assertThat(s.meetsTarget()).isFalse();
    assertThat(s.providers()).isEqualTo(2);
    assertThat(s.count(ServiceType.SUPPORTED_LIVING, Rating.NOT_YET_RATED)).isEqualTo(1);
  }

  @Test
  void exactlyOnTargetMeetsIt() {
    List<Provider> five =
        List.of(
            rated("1-1", Rating.GOOD),
            rated("1-2", Rating.OUTSTANDING),
            rated("1-3", Rating.GOOD),
            rated("1-4", Rating.GOOD),
            rated("1-5", Rating.REQUIRES_IMPROVEMENT),
            rated("1-6", Rating.NOT_YET_RATED));

    QualityFigures.Snapshot s = QualityFigures.on(five, DAY, 80);

    assertThat(s.overall().percent())
        .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("80.0"));
    assertThat(s.meetsTarget()).isTrue();
    assertThat(QualityFigures.on(five, DAY, 81).meetsTarget()).isFalse();
  }

  @Test
  void justBelowTargetMissesItEvenWhenTheRoundedShareShowsTheTarget() {
    // 1599 of 2000 = 79.95%, shown as 80.0% (half up) but still below 80%
    QualityFigures.Share share = new QualityFigures.Share(1599, 2000, 0);

    assertThat(share.percent()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("80.0"));
    assertThat(share.meets(80)).isFalse();
    assertThat(new QualityFigures.Share(1600, 2000, 0).meets(80)).isTrue();
  }

  @Test
  void aRatingPublishedOnTheQueryDateIsInForceThatDayNotTheDayBefore() {
    Provider p =
        rated(
            "1-1",
            ServiceType.CARE_HOME_NURSING,
            LocalDate.of(2023, 5, 1),
            Rating.GOOD,
            DAY,
            Rating.INADEQUATE);

    assertThat(QualityFigures.ratingOn(p, DAY)).isEqualTo(Rating.INADEQUATE);
    assertThat(QualityFigures.ratingOn(p, DAY.minusDays(1))).isEqualTo(Rating.GOOD);
    assertThat(QualityFigures.on(List.of(p), DAY, 80).overall().goodOrOutstanding()).isZero();
    assertThat(QualityFigures.on(List.of(p), DAY.minusDays(1), 80).overall().goodOrOutstanding())
        .isEqualTo(1);
  }

  @Test
  void deregisteredProvidersCountUntilTheDayBeforeTheyLeft() {
    Provider gone =
        provider("1-1", ServiceType.CARE_HOME_RESIDENTIAL, LocalDate.of(2018, 1, 1), DAY);
    gone.rate(LocalDate.of(2022, 3, 3), Rating.INADEQUATE, Map.of());
    Provider notYet = provider("1-2", ServiceType.HOME_CARE, DAY.plusDays(1), null);

    assertThat(QualityFigures.on(List.of(gone, notYet), DAY, 80).providers()).isZero();
    assertThat(QualityFigures.on(List.of(gone, notYet), DAY.minusDays(1), 80).overall())
        .isEqualTo(new QualityFigures.Share(0, 1, 0));
  }

  @Test
  void sharesPerServiceTypeAndTheCountsTable() {
    List<Provider> all =
        List.of(
            rated("1-1", ServiceType.HOME_CARE, LocalDate.of(2024, 1, 1), Rating.GOOD),
            rated("1-2", ServiceType.HOME_CARE, LocalDate.of(2024, 1, 1), Rating.INADEQUATE),
            rated(
                "1-3",
                ServiceType.CARE_HOME_NURSING,
                LocalDate.of(2024, 1, 1),
                Rating.OUTSTANDING));

    QualityFigures.Snapshot s = QualityFigures.on(all, DAY, 80);

    assertThat(s.byServiceType().get(ServiceType.HOME_CARE).describe()).isEqualTo("50.0%");
    assertThat(s.byServiceType().get(ServiceType.CARE_HOME_NURSING).describe()).isEqualTo("100.0%");
    assertThat(s.overall().describe()).isEqualTo("66.7%");
    assertThat(s.count(ServiceType.HOME_CARE, Rating.INADEQUATE)).isEqualTo(1);
    assertThat(s.total(Rating.GOOD)).isEqualTo(1);
  }

  @Test
  void fallsCompareTheRatingsInForceAtBothEndsOfThePeriod() {
    Provider fell =
        rated(
            "1-1",
            ServiceType.HOME_CARE,
            LocalDate.of(2023, 1, 1),
            Rating.GOOD,
            LocalDate.of(2025, 6, 1),
            Rating.REQUIRES_IMPROVEMENT);
    Provider rose =
        rated(
            "1-2",
            ServiceType.HOME_CARE,
            LocalDate.of(2023, 1, 1),
            Rating.INADEQUATE,
            LocalDate.of(2025, 6, 1),
            Rating.GOOD);
    Provider firstRating =
        rated("1-3", ServiceType.HOME_CARE, LocalDate.of(2025, 6, 1), Rating.INADEQUATE);

    List<QualityFigures.Fall> falls =
        QualityFigures.fell(List.of(fell, rose, firstRating), LocalDate.of(2024, 9, 30), DAY);

    assertThat(falls).extracting(f -> f.provider().getCqcLocationId()).containsExactly("1-1");
    assertThat(falls.get(0).from()).isEqualTo(Rating.GOOD);
    assertThat(falls.get(0).to()).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
    assertThat(QualityFigures.fell(List.of(fell), LocalDate.of(2025, 6, 1), DAY)).isEmpty();
  }

  @Test
  void uninspectedCountsFromTheLastRatingOrTheRegistration() {
    Provider old = rated("1-1", ServiceType.HOME_CARE, LocalDate.of(2022, 9, 30), Rating.GOOD);
    Provider recent = rated("1-2", ServiceType.HOME_CARE, LocalDate.of(2023, 10, 1), Rating.GOOD);
    Provider neverSince2020 =
        provider("1-3", ServiceType.EXTRA_CARE, LocalDate.of(2020, 2, 1), null);
    Provider newcomer = provider("1-4", ServiceType.EXTRA_CARE, LocalDate.of(2025, 2, 1), null);

    List<QualityFigures.Uninspected> found =
        QualityFigures.uninspected(List.of(old, recent, neverSince2020, newcomer), DAY, 24);

    assertThat(found)
        .extracting(u -> u.provider().getCqcLocationId())
        .containsExactly("1-3", "1-1");
    assertThat(found.get(0).lastRatedOn()).isNull();
    assertThat(found.get(1).monthsSince()).isEqualTo(36);
  }

  @Test
  void theTrendEndsWithTheQuarterOfTheDateMeasuredOnTheDate() {
    Provider p = rated("1-1", ServiceType.HOME_CARE, LocalDate.of(2025, 8, 1), Rating.GOOD);

    List<QualityFigures.QuarterPoint> trend =
        QualityFigures.trend(List.of(p), LocalDate.of(2025, 8, 15), 4);

    assertThat(trend)
        .extracting(QualityFigures.QuarterPoint::label)
        .containsExactly("2024 Q4", "2025 Q1", "2025 Q2", "2025 Q3");
    assertThat(trend.get(2).date()).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(trend.get(3).date()).isEqualTo(LocalDate.of(2025, 8, 15));
    assertThat(trend.get(2).share().rated()).isZero();
    assertThat(trend.get(3).share().describe()).isEqualTo("100.0%");
  }
}
