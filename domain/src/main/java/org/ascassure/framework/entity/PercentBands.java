package org.ascassure.framework.entity;

/** The arithmetic of the "percent bands" scoring method, kept apart so every edge is testable. */
public final class PercentBands {

  private PercentBands() {}

  /**
   * 100 x sum / (maxScore x statements), rounded half up to a whole number, in exact integer
   * arithmetic (no floating-point surprises at .5).
   */
  public static int overallPercent(int sumOfScores, int statementsScored, int maxScore) {
    if (statementsScored <= 0 || maxScore <= 0) {
      throw new IllegalArgumentException("at least one statement must be scored");
    }
    long denominator = (long) maxScore * statementsScored;
    return (int) ((200L * sumOfScores + denominator) / (2 * denominator));
  }
}
