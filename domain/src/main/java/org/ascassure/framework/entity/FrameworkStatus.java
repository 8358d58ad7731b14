package org.ascassure.framework.entity;

/**
 * Where a framework version is in its life. A DRAFT is a copy an administrator is still editing:
 * only administrators see it and nothing can be assessed against it. An ACTIVE version is in use:
 * its statements are fixed (only their other names can change, which helps imports match). A
 * RETIRED version stays readable, and outcomes of past assessments can still be recorded against
 * it, but no new self-assessment starts with it.
 */
public enum FrameworkStatus {
  DRAFT("Draft"),
  ACTIVE("In use"),
  RETIRED("Retired");

  private final String label;

  FrameworkStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
