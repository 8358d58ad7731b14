package org.ascassure.provider.entity;

/** CQC's five key questions, each rated as well as the overall rating. */
public enum KeyQuestion {
  SAFE("Safe"),
  EFFECTIVE("Effective"),
  CARING("Caring"),
  RESPONSIVE("Responsive"),
  WELL_LED("Well-led");

  private final String label;

  KeyQuestion(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
