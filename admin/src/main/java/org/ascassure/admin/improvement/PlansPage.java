package org.ascassure.admin.improvement;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ascassure.admin.platform.Messages;
import org.ascassure.assessment.boundary.Assessments;
import org.ascassure.assessment.entity.Assessment;
import org.ascassure.council.boundary.Councils;
import org.ascassure.council.entity.Council;
import org.ascassure.improvement.boundary.ImprovementPlans;
import org.ascassure.improvement.boundary.PlanDetails;
import org.ascassure.improvement.entity.ImprovementPlan;
import org.ascassure.platform.boundary.DomainException;
import org.ascassure.platform.boundary.PageRequest;

/** The plans the caller may read, and starting a new one (directors and administrators). */
@Named
@ViewScoped
public class PlansPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ImprovementPlans plans;

  @Inject transient Councils councils;

  @Inject transient Assessments assessments;

  private Long councilId;
  private String title;
  private boolean answersLatestOutcome = true;

  public List<ImprovementPlan> getPlans() {
    return plans.readablePlans();
  }

  /** Councils where the caller may start a plan. */
  public List<Council> getDirectedCouncils() {
    return councils.list(new PageRequest(1, PageRequest.MAX_SIZE)).items().stream()
        .filter(c -> plans.canDirect(c.getId()))
        .toList();
  }

  public String create() {
    try {
      Long assessmentId = null;
      if (answersLatestOutcome && councilId != null) {
        assessmentId =
            assessments.ofCouncil(councilId, PageRequest.first()).items().stream()
                .findFirst()
                .map(Assessment::getId)
                .orElse(null);
      }
      if (councilId == null) {
        Messages.error("Choose the council the plan is for.");
        return null;
      }
      ImprovementPlan plan = plans.createPlan(councilId, new PlanDetails(title, assessmentId));
      Messages.info("The plan '" + plan.getTitle() + "' has been started.");
      return "/improvement/plan.xhtml?faces-redirect=true&id=" + plan.getId();
    } catch (DomainException rejected) {
      Messages.of(rejected);
      return null;
    }
  }

  public Long getCouncilId() {
    return councilId;
  }

  public void setCouncilId(Long councilId) {
    this.councilId = councilId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public boolean isAnswersLatestOutcome() {
    return answersLatestOutcome;
  }

  public void setAnswersLatestOutcome(boolean answersLatestOutcome) {
    this.answersLatestOutcome = answersLatestOutcome;
  }
}
