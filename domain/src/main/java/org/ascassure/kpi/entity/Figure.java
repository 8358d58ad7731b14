package org.ascassure.kpi.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A reported figure: a numerator out of a denominator (a ratio, read as a percentage) or a single
 * value. Comparisons with a target are exact - a ratio is compared by cross-multiplying, never
 * through a rounded percentage - so 4 out of 5 meets an 80% target and 79.999% does not.
 */
public record Figure(BigDecimal numerator, BigDecimal denominator, BigDecimal value) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public static Figure ratio(BigDecimal numerator, BigDecimal denominator) {
    if (denominator.signum() <= 0) {
      throw new IllegalArgumentException("A ratio's denominator is above zero.");
    }
    return new Figure(numerator, denominator, null);
  }

  public static Figure value(BigDecimal value) {
    return new Figure(null, null, value);
  }

  public boolean isRatio() {
    return denominator != null;
  }

  /** The figure in its KPI's terms (a percentage for a ratio), to six decimal places. */
  public BigDecimal amount() {
    return isRatio()
        ? numerator.multiply(HUNDRED).divide(denominator, 6, RoundingMode.HALF_UP)
        : value;
  }

  /** Below zero, zero or above zero as the figure is below, at or above {@code threshold}. */
  public int compareTo(BigDecimal threshold) {
    return isRatio()
        ? numerator.multiply(HUNDRED).compareTo(threshold.multiply(denominator))
        : value.compareTo(threshold);
  }

  /** Two figures as one: ratios add up their numerators and denominators. */
  public Figure plus(Figure other) {
    return isRatio()
        ? new Figure(numerator.add(other.numerator), denominator.add(other.denominator), null)
        : new Figure(null, null, value.add(other.value));
  }

  /** "82.5% (33 of 40)" or "12.5 hours", rounded to one decimal place for reading. */
  public String describe(String unit) {
    if (isRatio()) {
      return RagRule.plain(amount())
          + "% ("
          + RagRule.plain(numerator)
          + " of "
          + RagRule.plain(denominator)
          + ")";
    }
    return RagRule.plain(value) + (unit == null || unit.isBlank() ? "" : " " + unit);
  }
}
