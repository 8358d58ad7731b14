package org.ascassure.admin.assessment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.ascassure.admin.platform.Navigation;
import org.ascassure.assessment.boundary.AssessmentLifecycle;
import org.ascassure.assessment.boundary.Assessments;
import org.ascassure.assessment.boundary.NextDue;
import org.ascassure.assessment.entity.Assessment;
import org.ascassure.assessment.entity.Finding;
import org.ascassure.assessment.entity.FollowUp;
import org.ascassure.assessment.entity.Milestone;
import org.ascassure.framework.entity.QualityStatement;

/**
 * One recorded outcome: the overall result the framework's rules gave, each score, the timeline of
 * the assessment with what is due next, the findings per statement and the follow-up deadlines.
 */
@Named
@RequestScoped
public class AssessmentPage {

  /** A statement of the framework with the score it got, if it was scored. */
  public record Line(QualityStatement statement, Integer score, String level, boolean notifiable) {}

  @Inject Assessments assessments;

  @Inject AssessmentLifecycle lifecycle;

  private Long id;
  private Assessment assessment;

  public void load() {
    assessment = id == null ? null : assessments.find(id).orElse(null);
    if (assessment == null) {
      Navigation.notFound();
    }
  }

  public List<Line> getLines() {
    Map<String, Integer> scores = assessment.scoresByCode();
    return assessment.getFramework().statements().stream()
        .map(
            statement -> {
              Integer score = scores.get(statement.getCode());
              return new Line(
                  statement,
                  score,
                  score == null
                      ? null
                      : assessment
                          .getFramework()
                          .levelFor(score)
                          .map(level -> level.getLabel())
                          .orElse(null),
                  score != null && assessment.getFramework().isNotifiable(score));
            })
        .toList();
  }

  /** The timeline in the order things happen. */
  public List<Milestone> getMilestones() {
    return lifecycle.milestones(id);
  }

  public NextDue getNextDue() {
    return lifecycle.nextDue(id, LocalDate.now(ZoneId.of("Europe/London"))).orElse(null);
  }

  public List<Finding> getFindings() {
    return lifecycle.findings(id);
  }

  public FollowUp getFollowUp() {
    return lifecycle.followUp(id);
  }

  public Assessment getAssessment() {
    return assessment;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
