package org.ascassure.review.entity;

/** What an auditor concluded about an evidence item or a narrative. */
public enum Verdict {
  ACCEPTED("Accepted"),
  QUERIED("Queried"),
  REJECTED("Rejected");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** A query needs a question and a rejection a reason; an acceptance may stand alone. */
  public boolean needsText() {
    return this != ACCEPTED;
  }
}
