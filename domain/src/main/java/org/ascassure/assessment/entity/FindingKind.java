package org.ascassure.assessment.entity;

/** What a published report says about a statement: something done well, or to improve. */
public enum FindingKind {
  STRENGTH,
  AREA_FOR_IMPROVEMENT
}
