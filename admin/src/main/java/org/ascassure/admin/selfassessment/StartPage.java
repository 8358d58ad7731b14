package org.ascassure.admin.selfassessment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ascassure.admin.platform.Messages;
import org.ascassure.admin.platform.Navigation;
import org.ascassure.council.boundary.Councils;
import org.ascassure.council.entity.Council;
import org.ascassure.platform.boundary.DomainException;
import org.ascassure.platform.boundary.PageRequest;
import org.ascassure.selfassessment.boundary.SelfAssessments;
import org.ascassure.selfassessment.entity.SelfAssessment;

/**
 * A council's self-assessments (shown on the council's page) and starting a new one, which leads
 * and directors may do.
 */
@Named
@RequestScoped
public class StartPage {

  @Inject SelfAssessments selfAssessments;

  @Inject Councils councils;

  @Inject CouncilRoles roles;

  private Long councilId;
  private String title;
  private String periodLabel;
  private Council council;

  /** The view action of the start form: only for those who may start one. */
  public void load() {
    if (getCouncil() == null) {
      Navigation.notFound();
    } else if (!roles.mayManage(councilId)) {
      Navigation.forbidden();
    }
  }

  public String start() {
    try {
      SelfAssessment sa =
          selfAssessments.create(councilId, new SelfAssessments.Details(null, title, periodLabel));
      Messages.info("The self-assessment \"" + sa.getTitle() + "\" has been started.");
      return "/self-assessments/self-assessment.xhtml?faces-redirect=true&id=" + sa.getId();
    } catch (DomainException rejected) {
      Messages.of(rejected);
      return null;
    }
  }

  /** The self-assessments of a council, newest first (for the council's page). */
  public List<SelfAssessment> of(long council) {
    return selfAssessments.ofCouncil(council, new PageRequest(1, 100)).items();
  }

  public Council getCouncil() {
    if (council == null && councilId != null) {
      council = councils.find(councilId).orElse(null);
    }
    return council;
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

  public String getPeriodLabel() {
    return periodLabel;
  }

  public void setPeriodLabel(String periodLabel) {
    this.periodLabel = periodLabel;
  }
}
