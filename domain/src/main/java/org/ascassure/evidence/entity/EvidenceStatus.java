package org.ascassure.evidence.entity;

/**
 * Where an evidence item stands. {@link #EXPIRED} is also what a {@link #CURRENT} item reads as
 * once its review-by date has passed; {@link #WITHDRAWN} keeps the item and its number but retires
 * it.
 */
public enum EvidenceStatus {
  DRAFT("Draft"),
  CURRENT("Current"),
  EXPIRED("Expired"),
  WITHDRAWN("Withdrawn");

  private final String label;

  EvidenceStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
