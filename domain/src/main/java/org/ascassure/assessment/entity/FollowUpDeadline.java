package org.ascassure.assessment.entity;

import java.time.LocalDate;

/** One dated follow-up a published rating requires: "Stage 3 quarterly update to DHSC", 2 of 8. */
public record FollowUpDeadline(
    String code, String label, int occurrence, int occurrences, LocalDate dueOn) {

  /** The label with its number when the rule repeats: "Stage 3 quarterly update to DHSC (2)". */
  public String title() {
    return occurrences > 1 ? label + " (" + occurrence + ")" : label;
  }
}
