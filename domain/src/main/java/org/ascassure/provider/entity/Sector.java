package org.ascassure.provider.entity;

/** Who runs the service. */
public enum Sector {
  INDEPENDENT("Independent"),
  COUNCIL_RUN("Council-run");

  private final String label;

  Sector(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public String getLabel() {
    return label;
  }
}
