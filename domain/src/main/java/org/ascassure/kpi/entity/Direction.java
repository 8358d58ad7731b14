package org.ascassure.kpi.entity;

/** Which way is good: most KPIs want more (starts on time), some less (missed visits). */
public enum Direction {
  HIGHER_IS_BETTER("higher is better"),
  LOWER_IS_BETTER("lower is better");

  private final String label;

  Direction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
