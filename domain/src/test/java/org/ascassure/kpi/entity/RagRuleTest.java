package org.ascassure.kpi.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RagRuleTest {

  private static BigDecimal n(String s) {
    return new BigDecimal(s);
  }

  private static final RagRule AT_LEAST_80 =
      new RagRule(Direction.HIGHER_IS_BETTER, n("80"), n("5"), "%");

  @Test
  void aRatioExactlyOnTargetIsGreen() {
    Rating rating = AT_LEAST_80.rate(Figure.ratio(n("4"), n("5")));
    assertThat(rating.rag()).isEqualTo(KpiRag.GREEN);
    assertThat(rating.explanation())
        .isEqualTo("80% (4 of 5) is exactly on the target of 80% (higher is better): GREEN.");
  }

  @Test
  void aRatioAHairBelowTargetIsNotRoundedUpToIt() {
    // 79.9992% shows as 80% but misses the target
    Rating rating = AT_LEAST_80.rate(Figure.ratio(n("99999"), n("125001")));
    assertThat(rating.rag()).isEqualTo(KpiRag.AMBER);
  }

  @Test
  void withinTheToleranceIsAmberAndTheBoundItselfCounts() {
    assertThat(AT_LEAST_80.rate(Figure.ratio(n("75"), n("100"))).rag()).isEqualTo(KpiRag.AMBER);
    Rating red = AT_LEAST_80.rate(Figure.ratio(n("749"), n("1000")));
    assertThat(red.rag()).isEqualTo(KpiRag.RED);
    assertThat(red.explanation()).contains("74.9% (749 of 1000)").contains("below 75%");
  }

  @Test
  void withoutAToleranceAnyMissIsRed() {
    RagRule strict = new RagRule(Direction.HIGHER_IS_BETTER, n("98"), null, "%");
    assertThat(strict.rate(Figure.ratio(n("97"), n("99"))).rag()).isEqualTo(KpiRag.RED);
    assertThat(strict.rate(Figure.ratio(n("98"), n("100"))).rag()).isEqualTo(KpiRag.GREEN);
  }

  @Test
  void lowerIsBetterTurnsTheComparisonsRound() {
    RagRule days = new RagRule(Direction.LOWER_IS_BETTER, n("3"), n("1"), "days");
    assertThat(days.rate(Figure.value(n("3"))).rag()).isEqualTo(KpiRag.GREEN);
    assertThat(days.rate(Figure.value(n("1.5"))).rag()).isEqualTo(KpiRag.GREEN);
    Rating amber = days.rate(Figure.value(n("4")));
    assertThat(amber.rag()).isEqualTo(KpiRag.AMBER);
    assertThat(amber.explanation()).contains("up to 4 days").contains("lower is better");
    assertThat(days.rate(Figure.value(n("4.001"))).rag()).isEqualTo(KpiRag.RED);
  }

  @Test
  void combiningRatiosAddsNumeratorsAndDenominators() {
    Figure combined = Figure.ratio(n("9"), n("10")).plus(Figure.ratio(n("61"), n("90")));
    assertThat(combined.numerator()).isEqualByComparingTo("70");
    assertThat(combined.denominator()).isEqualByComparingTo("100");
    assertThat(AT_LEAST_80.rate(combined).rag()).isEqualTo(KpiRag.RED);
  }
}
