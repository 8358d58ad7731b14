package org.ascassure.admin.improvement;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.ascassure.admin.platform.Messages;
import org.ascassure.admin.platform.Navigation;
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
 * update for the owner or a director, a director's changes to dates, owner and override, and the
 * history.
 */
@Named
@ViewScoped
public class ActionPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ImprovementPlans plans;

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
                  current.getDescription(),
                  owner,
                  startOn,
                  dueOn,
                  current.getStatementCodes(),
                  current.getFindingIds(),
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
