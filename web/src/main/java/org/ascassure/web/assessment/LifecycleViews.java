package org.ascassure.web.assessment;

import java.time.LocalDate;
import java.util.List;
import org.ascassure.assessment.boundary.NextDue;
import org.ascassure.assessment.entity.DeadlineRule;
import org.ascassure.assessment.entity.DeadlineSchedule;
import org.ascassure.assessment.entity.Finding;
import org.ascassure.assessment.entity.FollowUp;
import org.ascassure.assessment.entity.FollowUpDeadline;
import org.ascassure.assessment.entity.Milestone;

/** How the assessment's timeline, findings and deadlines read in JSON. */
public final class LifecycleViews {

  private LifecycleViews() {}

  public record MilestoneView(
      long id,
      String kind,
      String label,
      LocalDate plannedOn,
      LocalDate actualOn,
      Integer caseCount,
      String note,
      boolean done,
      long version) {
    static MilestoneView of(Milestone m) {
      return new MilestoneView(
          m.getId(),
          m.getKind().name(),
          m.getKind().label(),
          m.getPlannedOn(),
          m.getActualOn(),
          m.getCaseCount(),
          m.getNote(),
          m.isDone(),
          m.getVersion());
    }
  }

  public record TimelineView(List<MilestoneView> milestones, NextDue nextDue) {}

  public record FindingView(long id, String statement, String kind, String text, long version) {
    static FindingView of(Finding f) {
      return new FindingView(
          f.getId(), f.getStatementCode(), f.getKind().name(), f.getText(), f.getVersion());
    }
  }

  public record DeadlineView(String code, String title, int occurrence, LocalDate dueOn) {
    static DeadlineView of(FollowUpDeadline d) {
      return new DeadlineView(d.code(), d.title(), d.occurrence(), d.dueOn());
    }
  }

  public record FollowUpView(
      LocalDate publishedOn,
      String rating,
      List<DeadlineView> deadlines,
      List<String> notifiedToSecretaryOfState) {
    static FollowUpView of(FollowUp f) {
      return new FollowUpView(
          f.publishedOn(),
          f.rating(),
          f.deadlines().stream().map(DeadlineView::of).toList(),
          f.notifiedStatements());
    }
  }

  public record DeadlineRuleView(
      long id,
      String code,
      String label,
      List<String> ratings,
      int offset,
      String unit,
      Integer repeatEveryMonths,
      int occurrences,
      long version) {
    static DeadlineRuleView of(DeadlineRule r) {
      DeadlineSchedule s = r.schedule();
      return new DeadlineRuleView(
          r.getId(),
          r.getCode(),
          r.getLabel(),
          r.ratingList(),
          s.offset(),
          s.unit().name(),
          s.repeatEveryMonths(),
          s.occurrences(),
          r.getVersion());
    }
  }
}
