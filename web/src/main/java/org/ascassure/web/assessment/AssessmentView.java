package org.ascassure.web.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ascassure.assessment.entity.Assessment;

/** An assessment as clients read it. */
public record AssessmentView(
    long id,
    long councilId,
    String framework,
    LocalDate publishedOn,
    Map<String, Integer> scores,
    Integer overallPercent,
    Integer overallGrade,
    String rating,
    String ratingLabel,
    List<String> notifiable,
    long version) {
  static AssessmentView of(Assessment a) {
    return new AssessmentView(
        a.getId(),
        a.getCouncil().getId(),
        a.getFramework().getCode(),
        a.getPublishedOn(),
        a.scoresByCode(),
        a.getOverallPercent(),
        a.getOverallGrade(),
        a.getRatingCode(),
        a.getRatingLabel(),
        a.notifiableStatements(),
        a.getVersion());
  }
}
