package org.ascassure.reports.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * A published assessment outcome in brief: each statement's score, the overall percentage and
 * rating, and the findings. Immutable.
 *
 * @param percent overall percentage, null for a framework graded by the assessor
 * @param rating the rating's words, e.g. "Requires improvement"
 * @param notified statements scored at a level notified to the Secretary of State
 */
public record OutcomeSummary(
    long assessmentId,
    String council,
    String framework,
    LocalDate publishedOn,
    Integer percent,
    String rating,
    List<ThemeScores> themes,
    List<String> notified) {

  public OutcomeSummary {
    themes = List.copyOf(themes);
    notified = List.copyOf(notified);
  }

  /** One theme's statements. */
  public record ThemeScores(String title, List<StatementResult> statements) {

    public ThemeScores {
      statements = List.copyOf(statements);
    }
  }

  /**
   * One statement: its score (null when not scored), the scale's words for it, and the findings
   * about it.
   */
  public record StatementResult(
      String code,
      String title,
      Integer score,
      String scoreLabel,
      List<String> strengths,
      List<String> areasForImprovement) {

    public StatementResult {
      scoreLabel = scoreLabel == null ? "" : scoreLabel;
      strengths = List.copyOf(strengths);
      areasForImprovement = List.copyOf(areasForImprovement);
    }
  }

  public int total() {
    return themes.stream()
        .flatMap(t -> t.statements().stream())
        .map(StatementResult::score)
        .filter(s -> s != null)
        .mapToInt(Integer::intValue)
        .sum();
  }
}
