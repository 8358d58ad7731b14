package org.ascassure.reports.assessment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ascassure.assessment.boundary.AssessmentLifecycle;
import org.ascassure.assessment.boundary.Assessments;
import org.ascassure.assessment.entity.Assessment;
import org.ascassure.assessment.entity.Finding;
import org.ascassure.assessment.entity.FindingKind;
import org.ascassure.framework.entity.Framework;
import org.ascassure.framework.entity.QualityStatement;
import org.ascassure.framework.entity.ScaleLevel;
import org.ascassure.framework.entity.Theme;
import org.ascassure.reports.assessment.OutcomeSummary.StatementResult;
import org.ascassure.reports.assessment.OutcomeSummary.ThemeScores;

/** Assembles {@link OutcomeSummary}s; the assessment component decides who may read them. */
@Stateless
public class OutcomeSummaries {

  @Inject Assessments assessments;

  @Inject AssessmentLifecycle lifecycle;

  public OutcomeSummary of(long assessmentId) {
    Assessment assessment = assessments.get(assessmentId);
    Framework framework = assessment.getFramework();
    Map<String, Integer> scores = assessment.scoresByCode();
    List<Finding> findings = lifecycle.findings(assessmentId);
    List<ThemeScores> themes = new ArrayList<>();
    for (Theme theme : framework.getThemes()) {
      List<StatementResult> statements = new ArrayList<>();
      for (QualityStatement statement : theme.getStatements()) {
        Integer score = scores.get(statement.getCode());
        statements.add(
            new StatementResult(
                statement.getCode(),
                statement.getTitle(),
                score,
                score == null ? "" : framework.levelFor(score).map(ScaleLevel::getLabel).orElse(""),
                texts(findings, statement.getCode(), FindingKind.STRENGTH),
                texts(findings, statement.getCode(), FindingKind.AREA_FOR_IMPROVEMENT)));
      }
      themes.add(new ThemeScores(theme.getTitle(), statements));
    }
    return new OutcomeSummary(
        assessment.getId(),
        assessment.getCouncil().getName(),
        framework.getName(),
        assessment.getPublishedOn(),
        assessment.getOverallPercent(),
        assessment.getRatingLabel(),
        themes,
        assessment.notifiableStatements());
  }

  private static List<String> texts(List<Finding> findings, String code, FindingKind kind) {
    return findings.stream()
        .filter(f -> code.equals(f.getStatementCode()) && f.getKind() == kind)
        .map(Finding::getText)
        .toList();
  }
}
