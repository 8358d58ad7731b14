package org.ascassure.admin.assessment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ascassure.admin.platform.Messages;
import org.ascassure.admin.platform.Navigation;
import org.ascassure.admin.selfassessment.CouncilRoles;
import org.ascassure.assessment.boundary.AssessmentLifecycle;
import org.ascassure.assessment.boundary.Assessments;
import org.ascassure.assessment.boundary.MilestoneRecord;
import org.ascassure.assessment.boundary.NextDue;
import org.ascassure.assessment.entity.Assessment;
import org.ascassure.assessment.entity.Finding;
import org.ascassure.assessment.entity.FindingKind;
import org.ascassure.assessment.entity.FollowUp;
import org.ascassure.assessment.entity.Milestone;
import org.ascassure.assessment.entity.MilestoneKind;
import org.ascassure.framework.entity.QualityStatement;
import org.ascassure.improvement.boundary.ImprovementPlans;
import org.ascassure.improvement.boundary.PlanDetails;
import org.ascassure.improvement.entity.ImprovementPlan;
import org.ascassure.platform.boundary.DomainException;
import org.ascassure.platform.boundary.StaleVersionException;

/**
 * One recorded outcome: the overall result the framework's rules gave, each score, the timeline of
 * the assessment with what is due next, the findings per statement and the follow-up deadlines.
 * Directors of the council record and correct milestones and findings here ({@code
 * ?changeMilestone=KIND} and {@code ?changeFinding=id} fill the forms with the one to correct).
 * View-scoped, so a postback knows which record its form is about.
 */
@Named
@ViewScoped
public class AssessmentPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A statement of the framework with the score it got, if it was scored. */
  public record Line(QualityStatement statement, Integer score, String level, boolean notifiable) {}

  @Inject transient Assessments assessments;

  @Inject transient AssessmentLifecycle lifecycle;

  @Inject transient CouncilRoles roles;

  @Inject transient ImprovementPlans plans;

  private Long id;
  private transient Assessment assessment;

  private MilestoneKind changeMilestone;
  private Long milestoneVersion;
  private MilestoneKind milestoneKind;
  private LocalDate plannedOn;
  private LocalDate actualOn;
  private Integer caseCount;
  private String milestoneNote;

  private Long changeFinding;
  private long findingVersion;
  private String findingStatement;
  private FindingKind findingKind;
  private String findingText;

  private String planTitle;
  private List<Long> chosenAreas = new ArrayList<>();

  public void load() {
    if (getAssessment() == null) {
      Navigation.notFound();
      return;
    }
    if (changeMilestone != null) {
      lifecycle.milestones(id).stream()
          .filter(m -> m.getKind() == changeMilestone)
          .findFirst()
          .ifPresent(
              m -> {
                milestoneVersion = m.getVersion();
                milestoneKind = m.getKind();
                plannedOn = m.getPlannedOn();
                actualOn = m.getActualOn();
                caseCount = m.getCaseCount();
                milestoneNote = m.getNote();
              });
    }
    chosenAreas = new ArrayList<>(getAreas().stream().map(Finding::getId).toList());
    if (changeFinding != null) {
      Finding f =
          lifecycle
              .findFinding(changeFinding)
              .filter(x -> x.getAssessment().getId().equals(id))
              .orElse(null);
      if (f == null) {
        Navigation.notFound();
        return;
      }
      findingVersion = f.getVersion();
      findingStatement = f.getStatementCode();
      findingKind = f.getKind();
      findingText = f.getText();
    }
  }

  public Assessment getAssessment() {
    if (assessment == null && id != null) {
      assessment = assessments.find(id).orElse(null);
    }
    return assessment;
  }

  /** Whether the caller records milestones and findings here (a director there, an admin). */
  public boolean isDirector() {
    return getAssessment() != null && roles.isDirector(getAssessment().getCouncil().getId());
  }

  public List<Line> getLines() {
    Assessment a = getAssessment();
    Map<String, Integer> scores = a.scoresByCode();
    return a.getFramework().statements().stream()
        .map(
            statement -> {
              Integer score = scores.get(statement.getCode());
              return new Line(
                  statement,
                  score,
                  score == null
                      ? null
                      : a.getFramework()
                          .levelFor(score)
                          .map(level -> level.getLabel())
                          .orElse(null),
                  score != null && a.getFramework().isNotifiable(score));
            })
        .toList();
  }

  /** The timeline in the order things happen. */
  public List<Milestone> getMilestones() {
    return lifecycle.milestones(id);
  }

  public List<MilestoneKind> getMilestoneKinds() {
    return Arrays.asList(MilestoneKind.values());
  }

  public NextDue getNextDue() {
    return lifecycle.nextDue(id, LocalDate.now(ZoneId.of("Europe/London"))).orElse(null);
  }

  public List<Finding> getFindings() {
    return lifecycle.findings(id);
  }

  /** The areas for improvement, which a director may turn into a plan. */
  public List<Finding> getAreas() {
    return getFindings().stream()
        .filter(f -> f.getKind() == FindingKind.AREA_FOR_IMPROVEMENT)
        .toList();
  }

  /** When the actions of a plan started from the areas today fall due. */
  public LocalDate getDraftDueOn() {
    return plans.draftDueOn(id);
  }

  /** Starts a plan from the chosen areas for improvement and opens its board. */
  public String startPlan() {
    if (chosenAreas == null || chosenAreas.isEmpty()) {
      Messages.error("Choose at least one area for improvement for the plan to answer.");
      return null;
    }
    try {
      ImprovementPlan plan =
          plans.startFromAssessment(
              getAssessment().getCouncil().getId(), new PlanDetails(planTitle, id), chosenAreas);
      int workstreams = plans.workstreams(plan.getId()).size();
      int actions = plans.actionsOfPlan(plan.getId()).size();
      Messages.info(
          "The plan '"
              + plan.getTitle()
              + "' has been started with "
              + actions
              + (actions == 1 ? " action" : " actions")
              + " in "
              + workstreams
              + (workstreams == 1 ? " workstream" : " workstreams")
              + " from the areas for improvement.");
      return "/improvement/plan.xhtml?faces-redirect=true&id=" + plan.getId();
    } catch (DomainException rejected) {
      Messages.of(rejected);
      return null;
    }
  }

  public List<FindingKind> getFindingKinds() {
    return Arrays.asList(FindingKind.values());
  }

  public List<QualityStatement> getStatements() {
    return getAssessment().getFramework().statements();
  }

  public FollowUp getFollowUp() {
    return lifecycle.followUp(id);
  }

  public String saveMilestone() {
    try {
      Milestone saved =
          lifecycle.recordMilestone(
              id,
              new MilestoneRecord(milestoneKind, plannedOn, actualOn, caseCount, milestoneNote),
              changeMilestone == null ? null : milestoneVersion);
      Messages.info("The milestone '" + saved.getKind().label() + "' has been saved.");
      return self();
    } catch (StaleVersionException stale) {
      Messages.errorNow(stale());
      return null;
    } catch (DomainException rejected) {
      Messages.of(rejected);
      return null;
    }
  }

  public String saveFinding() {
    try {
      if (changeFinding == null) {
        lifecycle.addFinding(id, findingStatement, findingKind, findingText);
        Messages.info("The finding has been added.");
      } else {
        lifecycle.changeFinding(
            changeFinding, findingVersion, findingStatement, findingKind, findingText);
        Messages.info("The finding has been changed.");
      }
      return self();
    } catch (StaleVersionException stale) {
      Messages.errorNow(stale());
      return null;
    } catch (DomainException rejected) {
      Messages.of(rejected);
      return null;
    }
  }

  public String removeFinding(long findingId) {
    try {
      lifecycle.removeFinding(findingId);
      Messages.info("The finding has been deleted.");
      return self();
    } catch (DomainException rejected) {
      Messages.of(rejected);
      return null;
    }
  }

  private String self() {
    return "/assessments/assessment.xhtml?faces-redirect=true&id=" + id;
  }

  private static String stale() {
    return "Someone else changed this while you were editing it. What you typed is still in the"
        + " form: open the page again in a new tab to see their version, then save again.";
  }

  public String kindLabel(FindingKind kind) {
    return kind == FindingKind.STRENGTH ? "Strength" : "Area for improvement";
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public MilestoneKind getChangeMilestone() {
    return changeMilestone;
  }

  public void setChangeMilestone(MilestoneKind changeMilestone) {
    this.changeMilestone = changeMilestone;
  }

  public Long getMilestoneVersion() {
    return milestoneVersion;
  }

  public void setMilestoneVersion(Long milestoneVersion) {
    this.milestoneVersion = milestoneVersion;
  }

  public MilestoneKind getMilestoneKind() {
    return milestoneKind;
  }

  public void setMilestoneKind(MilestoneKind milestoneKind) {
    this.milestoneKind = milestoneKind;
  }

  public LocalDate getPlannedOn() {
    return plannedOn;
  }

  public void setPlannedOn(LocalDate plannedOn) {
    this.plannedOn = plannedOn;
  }

  public LocalDate getActualOn() {
    return actualOn;
  }

  public void setActualOn(LocalDate actualOn) {
    this.actualOn = actualOn;
  }

  public Integer getCaseCount() {
    return caseCount;
  }

  public void setCaseCount(Integer caseCount) {
    this.caseCount = caseCount;
  }

  public String getMilestoneNote() {
    return milestoneNote;
  }

  public void setMilestoneNote(String milestoneNote) {
    this.milestoneNote = milestoneNote;
  }

  public String getPlanTitle() {
    return planTitle;
  }

  public void setPlanTitle(String planTitle) {
    this.planTitle = planTitle;
  }

  public List<Long> getChosenAreas() {
    return chosenAreas;
  }

  public void setChosenAreas(List<Long> chosenAreas) {
    this.chosenAreas = chosenAreas;
  }

  public Long getChangeFinding() {
    return changeFinding;
  }

  public void setChangeFinding(Long changeFinding) {
    this.changeFinding = changeFinding;
  }

  public long getFindingVersion() {
    return findingVersion;
  }

  public void setFindingVersion(long findingVersion) {
    this.findingVersion = findingVersion;
  }

  public String getFindingStatement() {
    return findingStatement;
  }

  public void setFindingStatement(String findingStatement) {
    this.findingStatement = findingStatement;
  }

  public FindingKind getFindingKind() {
    return findingKind;
  }

  public void setFindingKind(FindingKind findingKind) {
    this.findingKind = findingKind;
  }

  public String getFindingText() {
    return findingText;
  }

  public void setFindingText(String findingText) {
    this.findingText = findingText;
  }
}
