package org.ascassure.assessment.entity;

/** How a deadline's offset from publication is counted. */
public enum DeadlineUnit {
  DAYS,
  MONTHS
}
