package org.ascassure.improvement.entity;

/** Who a frozen report is for, with the cadence seen in practice. */
public enum Audience {
  MONTHLY_BOARD("Monthly delivery board"),
  QUARTERLY_DHSC("Quarterly update to DHSC"),
  SCRUTINY_COMMITTEE("Scrutiny committee");

  private final String label;

  Audience(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
