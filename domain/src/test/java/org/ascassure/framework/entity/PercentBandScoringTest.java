package org.ascassure.framework.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentBandScoringTest {

  /** The CQC 2023 framework's scale and bands, as the V2 migration seeds them. */
  static Framework cqc2023() {
    Framework f = new Framework("cqc-la-2023", "CQC", "2023", ScoringMethod.PERCENT_BANDS, 1);
    for (int s = 1; s <= 4; s++) {
      f.addScaleLevel(s, "L" + s, "Level " + s);
    }
    f.addRatingBand("OUTSTANDING", "Outstanding", 88, 100);
    f.addRatingBand("GOOD", "Good", 63, 87);
    f.addRatingBand("REQUIRES_IMPROVEMENT", "Requires improvement", 39, 62);
    f.addRatingBand("INADEQUATE", "Inadequate", 25, 38);
    return f;
  }

  @Test
  void leicestershireTotalOf19OverNineStatementsIs53RequiresImprovement() {
    List<Integer> scores = List.of(2, 2, 2, 2, 2, 2, 2, 3, 2);
    Framework framework = cqc2023();

    int percent = framework.overallPercent(scores);

    assertThat(percent).isEqualTo(53);
    assertThat(framework.bandFor(percent))
        .get()
        .extracting(RatingBand::getCode)
        .isEqualTo("REQUIRES_IMPROVEMENT");
  }

  @Test
  void overallScoreRoundsHalfUp() {
    // 7 of 8 = 87.5% rounds up to 88, which is Outstanding, not Good
    assertThat(PercentBands.overallPercent(7, 2, 4)).isEqualTo(88);
    // 5 of 8 = 62.5% rounds up to 63: Good
    assertThat(PercentBands.overallPercent(5, 2, 4)).isEqualTo(63);
    // 3 of 8 = 37.5% rounds up to 38: still Inadequate
    assertThat(PercentBands.overallPercent(3, 2, 4)).isEqualTo(38);
  }

  @Test
  void overallScoreRoundsBelowHalfDown() {
    // 23 of 36 = 63.89 -> 64; 22 of 36 = 61.11 -> 61
    assertThat(PercentBands.overallPercent(23, 9, 4)).isEqualTo(64);
    assertThat(PercentBands.overallPercent(22, 9, 4)).isEqualTo(61);
    // 1 of 3 at scale 1 = 33.33 -> 33
    assertThat(PercentBands.overallPercent(1, 3, 1)).isEqualTo(33);
  }

  /**
   * domain.md: with nine statements, totals 32-36 Outstanding, 23-31 Good, 14-22 RI, 9-13
   * Inadequate.
   */
  @ParameterizedTest(name = "total {0} of 36 -> {1}% {2}")
  @CsvSource({
    "36, 100, OUTSTANDING",
    "32, 89, OUTSTANDING",
    "31, 86, GOOD",
    "23, 64, GOOD",
    "22, 61, REQUIRES_IMPROVEMENT",
    "19, 53, REQUIRES_IMPROVEMENT",
    "14, 39, REQUIRES_IMPROVEMENT",
    "13, 36, INADEQUATE",
    "9, 25, INADEQUATE"
  })
  void everyBandEdgeWithNineStatements(int total, int expectedPercent, String expectedRating) {
    Framework framework = cqc2023();
    int percent = PercentBands.overallPercent(total, 9, framework.maxScore());

    assertThat(percent).isEqualTo(expectedPercent);
    assertThat(framework.bandFor(percent).orElseThrow().getCode()).isEqualTo(expectedRating);
  }

  @ParameterizedTest(name = "{0}% is {1}")
  @CsvSource({
    "100, OUTSTANDING",
    "88, OUTSTANDING",
    "87, GOOD",
    "63, GOOD",
    "62, REQUIRES_IMPROVEMENT",
    "39, REQUIRES_IMPROVEMENT",
    "38, INADEQUATE",
    "25, INADEQUATE"
  })
  void bandsAreInclusiveAtBothEnds(int percent, String rating) {
    assertThat(cqc2023().bandFor(percent).orElseThrow().getCode()).isEqualTo(rating);
  }

  @Test
  void someStatementsScoredUseOnlyThoseStatements() {
    // three statements scored 3, 3, 4 = 10 of 12 = 83.3 -> 83, Good
    assertThat(cqc2023().overallPercent(List.of(3, 3, 4))).isEqualTo(83);
  }

  @Test
  void aScoreOfOneIsNotifiable() {
    Framework framework = cqc2023();

    assertThat(framework.isNotifiable(1)).isTrue();
    assertThat(framework.isNotifiable(2)).isFalse();
  }

  @Test
  void noScoresCannotBeRated() {
    assertThatThrownBy(() -> cqc2023().overallPercent(Collections.emptyList()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aJudgementFrameworkDoesNotComputeAPercentage() {
    Framework apa =
        new Framework("cqc-apa-2009", "APA", "2009/10", ScoringMethod.ASSESSOR_JUDGEMENT, null);
    apa.addScaleLevel(3, "PERFORMING_WELL", "Performing well");

    assertThatThrownBy(() -> apa.overallPercent(List.of(3, 3)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(apa.isNotifiable(1)).isFalse();
  }

  @Test
  void statementsAreFoundByCodeTitleOrAlias() {
    Framework framework = cqc2023();
    Theme safety = framework.addTheme("ENSURING_SAFETY", "Ensuring safety within the system");
    safety
        .addStatement("QS6", "Safe systems, pathways and transitions", true)
        .alsoKnownAs("Safe pathways, systems and transitions");

    assertThat(framework.findStatementByName("safe pathways, systems and transitions"))
        .get()
        .extracting(QualityStatement::getCode)
        .isEqualTo("QS6");
    assertThat(framework.findStatementByName("qs6")).isPresent();
    assertThat(framework.findStatement(StatementCode.parse(" qs6 "))).isPresent();
    assertThat(framework.findStatementByName("Safeguarding")).isEmpty();
  }
}
