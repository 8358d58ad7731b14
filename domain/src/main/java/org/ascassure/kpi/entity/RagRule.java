package org.ascassure.kpi.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * RAG of a figure against a KPI's target: GREEN when it meets the target (equal counts as met),
 * AMBER when it misses by no more than the amber tolerance, RED otherwise. "Misses" follows the
 * direction: under the target when higher is better, over it when lower is better. Without a
 * tolerance there is no AMBER.
 */
public record RagRule(Direction direction, BigDecimal target, BigDecimal tolerance, String unit) {

  public Rating rate(Figure figure) {
    boolean higher = direction == Direction.HIGHER_IS_BETTER;
    String shown = figure.describe(unit);
    String goal = "the target of " + amount(target) + " (" + direction.label() + ")";
    int vsTarget = figure.compareTo(target);
    if (higher ? vsTarget >= 0 : vsTarget <= 0) {
      return new Rating(
          KpiRag.GREEN,
          shown + (vsTarget == 0 ? " is exactly on " : " meets ") + goal + ": GREEN.");
    }
    boolean hasTolerance = tolerance != null && tolerance.signum() > 0;
    if (hasTolerance) {
      BigDecimal bound = higher ? target.subtract(tolerance) : target.add(tolerance);
      int vsBound = figure.compareTo(bound);
      if (higher ? vsBound >= 0 : vsBound <= 0) {
        return new Rating(
            KpiRag.AMBER,
            shown
                + " misses "
                + goal
                + " but is within the amber tolerance of "
                + plain(tolerance)
                + " ("
                + (higher ? "down to " : "up to ")
                + amount(bound)
                + "): AMBER.");
      }
      return new Rating(
          KpiRag.RED,
          shown
              + " misses "
              + goal
              + " by more than the amber tolerance ("
              + (higher ? "below " : "above ")
              + amount(bound)
              + "): RED.");
    }
    return new Rating(
        KpiRag.RED, shown + " misses " + goal + "; there is no amber tolerance: RED.");
  }

  private String amount(BigDecimal amount) {
    return "%".equals(unit) || unit == null
        ? plain(amount) + "%"
        : plain(amount) + (unit.isBlank() ? "" : " " + unit);
  }

  /** A number as people write it: at most one decimal place, no trailing zeros. */
  public static String plain(BigDecimal number) {
    BigDecimal rounded = number.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
  }
}
