package org.ascassure.kpi.entity;

/** How a KPI's figures are split: one figure for all providers, one per lot, one per provider. */
public enum Dimension {
  COMBINED("All providers combined"),
  LOT("By lot"),
  PROVIDER("By lot and provider");

  private final String label;

  Dimension(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean needsLot() {
    return this != COMBINED;
  }

  public boolean needsProvider() {
    return this == PROVIDER;
  }
}
