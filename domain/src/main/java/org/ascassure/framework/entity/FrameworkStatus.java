package org.ascassure.framework.entity;

/**
 * Where a framework version is in its life. A DRAFT is a copy an administrator is still editing:
 * only administrators see it and nothing can be assessed against it. An ACTIVE version is in use:
 * its statements are fixed (only their other names can change, which helps imports match). A
 * RETIRED version stays readable, and outcomes of past assessments can still be recorded against
 * it, but no new self-assessment starts with it.
 */
public enum FrameworkStatus {
  DRAFT("Draft", "a draft"),
  ACTIVE("In use", "in use"),
  RETIRED("Retired", "retired");

  private final String label;
  private final String phrase;

  FrameworkStatus(String label, String phrase) {
    this.label = label;
    this.phrase = phrase;
  }

  public String label() {
    return label;
  }

  /** As a sentence says it: "cqc-la-2026 is a draft". */
  public String phrase() {
    return phrase;
  }
}
