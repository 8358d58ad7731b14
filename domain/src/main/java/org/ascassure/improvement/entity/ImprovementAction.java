package org.ascassure.improvement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ascassure.platform.control.Texts;
import org.ascassure.platform.entity.Tracked;

/**
 * One thing a workstream will do, owned by one person (their username), with dates, a status and
 * how much of it is done. Its RAG is computed by {@link RagRules}; a director may override it with
 * a reason, and both are shown.
 */
@Entity
@Table(name = "improvement_action")
@NamedQuery(
    name = ImprovementAction.OF_WORKSTREAM,
    query =
        "select a from ImprovementAction a where a.workstream.id = :workstreamId"
            + " order by a.dueOn, a.id")
@NamedQuery(
    name = ImprovementAction.OF_PLAN,
    query =
        "select a from ImprovementAction a where a.workstream.plan.id = :planId"
            + " order by a.workstream.id, a.dueOn, a.id")
public class ImprovementAction extends Tracked {

  public static final String OF_WORKSTREAM = "ImprovementAction.ofWorkstream";
  public static final String OF_PLAN = "ImprovementAction.ofPlan";
  public static final int TITLE_LENGTH = 200;
  public static final int DESCRIPTION_LENGTH = 2000;
  public static final int OWNER_LENGTH = 100;
  public static final int REASON_LENGTH = 500;
  public static final int MILESTONES_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "workstream_id")
  private Workstream workstream;

  @Column(name = "title", nullable = false, length = TITLE_LENGTH)
  private String title;

  @Column(name = "description", length = DESCRIPTION_LENGTH)
  private String description;

  /** The owner's username: what a lead signs in with, so "their own actions" is unambiguous. */
  @Column(name = "owner", nullable = false, length = OWNER_LENGTH)
  private String owner;

  @Column(name = "start_on")
  private LocalDate startOn;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private ActionStatus status = ActionStatus.NOT_STARTED;

  @Column(name = "percent_complete", nullable = false)
  private int percentComplete;

  @Column(name = "blocked_reason", length = REASON_LENGTH)
  private String blockedReason;

  @Column(name = "statement_codes", length = 200)
  private String statementCodes;

  @Column(name = "finding_ids", length = 500)
  private String findingIds;

  /** Interim milestones in the owner's words, one per line; optional. */
  @Column(name = "milestones", length = MILESTONES_LENGTH)
  private String milestones;

  @Enumerated(EnumType.STRING)
  @Column(name = "rag_override", length = 10)
  private Rag ragOverride;

  @Column(name = "rag_override_reason", length = REASON_LENGTH)
  private String ragOverrideReason;

  protected ImprovementAction() {}

  public ImprovementAction(Workstream workstream) {
    this.workstream = workstream;
  }

  /** What the action is and when it runs; directors' work. Values are checked by the caller. */
  public void describe(
      String title,
      String description,
      String owner,
      LocalDate startOn,
      LocalDate dueOn,
      List<String> statementCodes,
      List<Long> findingIds,
      String milestones) {
    this.title = title.strip();
    this.description = Texts.blankToNull(description);
    this.owner = owner.strip();
    this.startOn = startOn;
    this.dueOn = dueOn;
    this.statementCodes = CodeList.join(statementCodes);
    this.findingIds = CodeList.join(findingIds);
    this.milestones = Texts.blankToNull(milestones);
  }

  public void start() {
    requireOpen();
    status = ActionStatus.IN_PROGRESS;
    blockedReason = null;
  }

  /** Records how much is done; starting work on a not-started action puts it in progress. */
  public void reportProgress(int percent) {
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException("percent complete must be 0 to 100");
    }
    if (percent != percentComplete) {
      requireOpen();
    }
    percentComplete = percent;
    if (status == ActionStatus.NOT_STARTED && percent > 0) {
      status = ActionStatus.IN_PROGRESS;
    }
  }

  public void markBlocked(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a blocked action needs the reason");
    }
    requireOpen();
    status = ActionStatus.BLOCKED;
    blockedReason = reason.strip();
  }

  public void complete() {
    status = ActionStatus.COMPLETE;
    percentComplete = 100;
    blockedReason = null;
  }

  public void cancel() {
    status = ActionStatus.CANCELLED;
    blockedReason = null;
  }

  /** Back to not started or in progress, from any status (reopening a closed action). */
  public void resume(ActionStatus to) {
    if (to != ActionStatus.NOT_STARTED && to != ActionStatus.IN_PROGRESS) {
      throw new IllegalArgumentException("resume to NOT_STARTED or IN_PROGRESS");
    }
    if (status == ActionStatus.COMPLETE && percentComplete == 100) {
      percentComplete = 90;
    }
    status = to;
    blockedReason = null;
  }

  /** Moves to {@code to} through the method that says what that means. */
  public void moveTo(ActionStatus to, String reason) {
    if (to == status && to != ActionStatus.BLOCKED) {
      return;
    }
    switch (to) {
      case BLOCKED -> markBlocked(reason);
      case COMPLETE -> complete();
      case CANCELLED -> cancel();
      case NOT_STARTED, IN_PROGRESS -> resume(to);
    }
  }

  public void overrideRag(Rag colour, String reason) {
    if (colour == null || colour == Rag.NONE || reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("an override needs a colour and the reason");
    }
    ragOverride = colour;
    ragOverrideReason = reason.strip();
  }

  public void clearRagOverride() {
    ragOverride = null;
    ragOverrideReason = null;
  }

  private void requireOpen() {
    if (status.isClosed()) {
      throw new IllegalStateException("the action is " + status + "; reopen it first");
    }
  }

  /** The RAG the rules give on {@code today}, ignoring any override. */
  public RagAssessment computedRag(RagRules rules, LocalDate today) {
    return rules.assess(status, percentComplete, startOn, dueOn, blockedReason, today);
  }

  /** The RAG to report: the override if a director set one, otherwise the computed one. */
  public RagAssessment effectiveRag(RagRules rules, LocalDate today) {
    return ragOverride == null
        ? computedRag(rules, today)
        : new RagAssessment(ragOverride, "Set by hand: " + ragOverrideReason);
  }

  public boolean isOverdue(LocalDate today) {
    return !status.isClosed() && dueOn.isBefore(today);
  }

  public boolean isOwnedBy(String username) {
    return Objects.equals(owner, username);
  }

  public Long getId() {
    return id;
  }

  public Workstream getWorkstream() {
    return workstream;
  }

  public long councilId() {
    return workstream.getPlan().councilId();
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public String getOwner() {
    return owner;
  }

  public LocalDate getStartOn() {
    return startOn;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public ActionStatus getStatus() {
    return status;
  }

  public int getPercentComplete() {
    return percentComplete;
  }

  public String getBlockedReason() {
    return blockedReason;
  }

  public List<String> getStatementCodes() {
    return CodeList.split(statementCodes);
  }

  public List<Long> getFindingIds() {
    return CodeList.split(findingIds).stream().map(Long::valueOf).toList();
  }

  public String getMilestones() {
    return milestones;
  }

  public Rag getRagOverride() {
    return ragOverride;
  }

  public String getRagOverrideReason() {
    return ragOverrideReason;
  }

  @Override
  public String auditType() {
    return "ImprovementAction";
  }

  @Override
  public Object auditId() {
    return id;
  }

  @Override
  public Long auditCouncilId() {
    return workstream == null ? null : councilId();
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("workstream", workstream == null ? null : workstream.getId());
    state.put("title", title);
    state.put("description", description);
    state.put("owner", owner);
    state.put("startOn", startOn == null ? null : startOn.toString());
    state.put("dueOn", dueOn == null ? null : dueOn.toString());
    state.put("status", status == null ? null : status.name());
    state.put("percentComplete", percentComplete);
    state.put("blockedReason", blockedReason);
    state.put("statements", statementCodes);
    state.put("findings", findingIds);
    state.put("milestones", milestones);
    state.put("ragOverride", ragOverride == null ? null : ragOverride.name());
    state.put("ragOverrideReason", ragOverrideReason);
    return state;
  }
}
