package org.ascassure.framework.entity;

/** How a framework turns statement scores into an overall result. */
public enum ScoringMethod {
  /** Overall percentage of the maximum, rated by the band it falls in (CQC 2023). */
  PERCENT_BANDS,
  /** The assessor records the overall grade; it is not computed from the parts (APA 2009/10). */
  ASSESSOR_JUDGEMENT
}
