package org.ascassure.assessment.entity;

/** The dated steps of a CQC local authority assessment, in the order they happen. */
public enum MilestoneKind {
  NOTIFIED("Notified, information return requested", false),
  INFORMATION_RETURN_DUE("Information return due", false),
  INFORMATION_RETURN_SUBMITTED("Information return submitted", false),
  CASE_LIST_SUBMITTED("Case-tracking list submitted", true),
  CASES_SELECTED("Cases selected for tracking", true),
  SITE_VISIT("Site visit week", false),
  DRAFT_REPORT_RECEIVED("Draft report received", false),
  FACTUAL_ACCURACY_DUE("Factual accuracy response due", false),
  FACTUAL_ACCURACY_SUBMITTED("Factual accuracy response submitted", false),
  PUBLISHED("Report published", false);

  private final String label;
  private final boolean countsCases;

  MilestoneKind(String label, boolean countsCases) {
    this.label = label;
    this.countsCases = countsCases;
  }

  public String label() {
    return label;
  }

  /** Whether the milestone records a number of cases (listed or selected). */
  public boolean countsCases() {
    return countsCases;
  }
}
