package org.ascassure.selfassessment.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * The rating a self-assessment's proposed scores would earn under the framework's own rules, and
 * how they compare with the council's latest published CQC outcome.
 *
 * @param scored statements given a self-score so far
 * @param statements scored statements of the framework
 * @param percent overall percentage of the self-scores, when any and the framework computes one
 * @param rating rating band code (e.g. REQUIRES_IMPROVEMENT), when there is a percentage
 * @param notifiable statements self-scored at a level CQC notifies to the Secretary of State
 * @param cqc the latest published outcome, when the council has one
 * @param compared each statement's self-score beside CQC's score
 */
public record Prediction(
    int scored,
    int statements,
    Integer percent,
    String rating,
    String ratingLabel,
    List<String> notifiable,
    CqcOutcome cqc,
    List<Compared> compared) {

  /** A published outcome in brief. */
  public record CqcOutcome(
      long assessmentId,
      LocalDate publishedOn,
      Integer percent,
      String rating,
      String ratingLabel) {}

  /** One statement: the council's view beside CQC's (either may be missing). */
  public record Compared(String statement, String title, Integer selfScore, Integer cqcScore) {

    /** Positive when the council scores itself higher than CQC did. */
    public Integer difference() {
      return selfScore == null || cqcScore == null ? null : selfScore - cqcScore;
    }
  }
}
