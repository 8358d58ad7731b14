package org.ascassure.review.entity;

/** What a review is about. */
public enum ReviewTarget {
  EVIDENCE,
  NARRATIVE
}
