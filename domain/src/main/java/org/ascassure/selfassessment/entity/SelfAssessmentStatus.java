package org.ascassure.selfassessment.entity;

import java.util.EnumSet;
import java.util.Set;

/** Where a self-assessment stands on its way to CQC. */
public enum SelfAssessmentStatus {
  DRAFT,
  IN_REVIEW,
  ENDORSED,
  SUBMITTED,
  SUPERSEDED;

  /** Narratives and scores change only while the document is being written or reviewed. */
  public boolean isEditable() {
    return this == DRAFT || this == IN_REVIEW;
  }

  /** The statuses a user may move a self-assessment to from this one. */
  public Set<SelfAssessmentStatus> next() {
    return switch (this) {
      case DRAFT -> EnumSet.of(IN_REVIEW);
      case IN_REVIEW -> EnumSet.of(DRAFT, ENDORSED);
      case ENDORSED -> EnumSet.of(DRAFT, SUBMITTED);
      case SUBMITTED, SUPERSEDED -> EnumSet.noneOf(SelfAssessmentStatus.class);
    };
  }
}
