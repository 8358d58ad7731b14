package org.ascassure.admin.improvement;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ascassure.admin.platform.Messages;
import org.ascassure.admin.platform.Navigation;
import org.ascassure.assessment.boundary.AssessmentLifecycle;
import org.ascassure.assessment.entity.Finding;
import org.ascassure.improvement.boundary.ActionChange;
import org.ascassure.improvement.boundary.ActionDetails;
import org.ascassure.improvement.boundary.HistoryEntry;
import org.ascassure.improvement.boundary.ImprovementPlans;
import org.ascassure.improvement.boundary.ProgressNote;
import org.ascassure.improvement.entity.ActionStatus;
import org.ascassure.improvement.entity.ImprovementAction;
import org.ascassure.improvement.entity.Rag;
import org.ascassure.improvement.entity.RagAssessment;
import org.ascassure.platform.boundary.DomainException;

/**
 * One action: its RAG with the reason (and any override beside the computed value), a progress
 * update for the owner or a director, a director's changes to the description, linked statements
 * and findings, dates, owner and override, and the history.
 */
@Named
@ViewScoped
public class ActionPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ImprovementPlans plans;

  @Inject transient AssessmentLifecycle lifecycle;

  private Long id;

  private ActionStatus status;
  private Integer percent;
  private String blockedReason;
  private String note;

  private long version;
  private String owner;
  private LocalDate startOn;
  private LocalDate dueOn;
  private Rag override;
  private String overrideReason;
  private String description;
  private String codes;
  private List<Long> findings = new ArrayList<>();

  private transient ImprovementAction action;

  public void load() {
    if (getAction() == null) {
      Navigation.notFound();
      return;
    }
    status = action.getStatus();
    percent = action.getPercentComplete();
    blockedReason = action.getBlockedReason();
    version = action.getVersion();
    owner = action.getOwner();
    startOn = action.getStartOn();
    dueOn = action.getDueOn();
    override = action.getRagOverride();
    overrideReason = action.getRagOverrideReason();
    description = action.getDescription();
    codes = String.join(", ", action.getStatementCodes());
    findings = new ArrayList<>(action.getFindingIds());
  }

  public ImprovementAction getAction() {
    if (action == null && id != null) {
      action = plans.findAction(id).orElse(null);
    }
    return action;
  }

  public RagAssessment getRag() {
    return plans.rag(getAction(), ImprovementPlans.today());
  }

  public RagAssessment getComputedRag() {
    return plans.computedRag(getAction(), ImprovementPlans.today());
  }

  public boolean isMayUpdate() {
    return plans.canUpdate(getAction());
  }

  public boolean isDirector() {
    return plans.canDirect(getAction().councilId());
  }

  /** The findings the action answers, as recorded on the assessment. */
  public List<Finding> getLinkedFindings() {
    return getAction().getFindingIds().stream()
        .map(lifecycle::findFinding)
        .flatMap(Optional::stream)
        .toList();
  }

  /** The findings a director may link: the plan's assessment's, and any linked already. */
  public List<Finding> getFindingChoices() {
    List<Finding> choices =
        new ArrayList<>(plans.findingChoices(getAction().getWorkstream().getPlan().getId()));
    getLinkedFindings().stream()
        .filter(f -> choices.stream().noneMatch(c -> c.getId().equals(f.getId())))
        .forEach(choices::add);
    return choices;
  }

  public List<HistoryEntry> getHistory() {
    return plans.history(id);
  }

  public List<ActionStatus> getStatuses() {
    return Arrays.asList(ActionStatus.values());
  }

  public List<Rag> getOverrideColours() {
    return Arrays.stream(Rag.values()).filter(Rag::isRated).toList();
  }

  public String report() {
    try {
      plans.reportProgress(id, new ProgressNote(null, note, status, percent, blockedReason));
      Messages.info("Your update has been recorded.");
      return "/improvement/action.xhtml?faces-redirect=true&id=" + id;
    } catch (DomainException rejected) {
      Messages.of(rejected);
      return null;
    }
  }

  public String change() {
    try {
      ImprovementAction current = getAction();
      plans.changeAction(
          id,
          version,
          new ActionChange(
              new ActionDetails(
                  current.getTitle(),
                  description,
                  owner,
                  startOn,
                  dueOn,
                  PlanBoardPage.codes(codes),
                  findings == null ? List.of() : findings,
                  current.getMilestones()),
              current.getStatus(),
              current.getPercentComplete(),
              current.getBlockedReason(),
              override,
              overrideReason));
      Messages.info("The action has been changed.");
      return "/improvement/action.xhtml?faces-redirect=true&id=" + id;
    } catch (DomainException rejected) {
      Messages.of(rejected);
      return null;
    }
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getCodes() {
    return codes;
  }

  public void setCodes(String codes) {
    this.codes = codes;
  }

  public List<Long> getFindings() {
    return findings;
  }

  public void setFindings(List<Long> findings) {
    this.findings = findings;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public ActionStatus getStatus() {
    return status;
  }

  public void setStatus(ActionStatus status) {
    this.status = status;
  }

  public Integer getPercent() {
    return percent;
  }

  public void setPercent(Integer percent) {
    this.percent = percent;
  }

  public String getBlockedReason() {
    return blockedReason;
  }

  public void setBlockedReason(String blockedReason) {
    this.blockedReason = blockedReason;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public LocalDate getStartOn() {
    return startOn;
  }

  public void setStartOn(LocalDate startOn) {
    this.startOn = startOn;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public void setDueOn(LocalDate dueOn) {
    this.dueOn = dueOn;
  }

  public Rag getOverride() {
    return override;
  }

  public void setOverride(Rag override) {
    this.override = override;
  }

  public String getOverrideReason() {
    return overrideReason;
  }

  public void setOverrideReason(String overrideReason) {
    this.overrideReason = overrideReason;
  }
}
