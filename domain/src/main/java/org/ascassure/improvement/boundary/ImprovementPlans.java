package org.ascassure.improvement.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ascassure.assessment.boundary.AssessmentLifecycle;
import org.ascassure.assessment.boundary.Assessments;
import org.ascassure.assessment.entity.Assessment;
import org.ascassure.assessment.entity.Finding;
import org.ascassure.assessment.entity.FindingKind;
import org.ascassure.assessment.entity.FollowUp;
import org.ascassure.audit.boundary.AuditQuery;
import org.ascassure.audit.boundary.AuditTrail;
import org.ascassure.council.boundary.Councils;
import org.ascassure.council.entity.Council;
import org.ascassure.framework.entity.StatementCode;
import org.ascassure.improvement.control.PlanFromFindings;
import org.ascassure.improvement.control.SnapshotJson;
import org.ascassure.improvement.entity.ActionState;
import org.ascassure.improvement.entity.ActionStatus;
import org.ascassure.improvement.entity.ActionUpdate;
import org.ascassure.improvement.entity.Audience;
import org.ascassure.improvement.entity.ImprovementAction;
import org.ascassure.improvement.entity.ImprovementPlan;
import org.ascassure.improvement.entity.PlanChanges;
import org.ascassure.improvement.entity.PlanSnapshot;
import org.ascassure.improvement.entity.Rag;
import org.ascassure.improvement.entity.RagAssessment;
import org.ascassure.improvement.entity.RagRules;
import org.ascassure.improvement.entity.Workstream;
import org.ascassure.platform.boundary.ConflictException;
import org.ascassure.platform.boundary.FieldError;
import org.ascassure.platform.boundary.ForbiddenException;
import org.ascassure.platform.boundary.InvalidInputException;
import org.ascassure.platform.boundary.NotFoundException;
import org.ascassure.platform.boundary.Page;
import org.ascassure.platform.boundary.PageRequest;
import org.ascassure.platform.boundary.StaleVersionException;
import org.ascassure.platform.control.Texts;
import org.ascassure.security.boundary.Access;
import org.ascassure.security.entity.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Improvement plans, their workstreams and actions, progress notes, the director's summary and
 * frozen snapshots. Members of the council read; directors and administrators write; a lead may
 * report progress on actions they own (owner = the lead's username).
 */
@Stateless
public class ImprovementPlans {

  static final ZoneId UK = ZoneId.of("Europe/London");

  @PersistenceContext EntityManager em;

  @Inject Access access;

  @Inject Councils councils;

  @Inject Assessments assessments;

  @Inject AssessmentLifecycle lifecycle;

  @Inject AuditTrail trail;

  @Inject
  @ConfigProperty(name = "ascassure.rag.amber-window-days", defaultValue = "14")
  int amberWindowDays;

  public RagRules ragRules() {
    return new RagRules(amberWindowDays);
  }

  public static LocalDate today() {
    return LocalDate.now(UK);
  }

  // --- plans ---------------------------------------------------------------------------------

  public ImprovementPlan createPlan(long councilId, PlanDetails details) {
    Council council = councils.get(councilId);
    access.requireRole(councilId, "write improvement plans", Role.DIRECTOR);
    List<FieldError> errors = new ArrayList<>();
    title(details.title(), ImprovementPlan.TITLE_LENGTH, errors);
    Assessment assessment = null;
    if (details.assessmentId() != null) {
      assessment =
          assessments
              .find(details.assessmentId())
              .filter(a -> a.getCouncil().getId() == councilId)
              .orElse(null);
      if (assessment == null) {
        errors.add(
            new FieldError(
                "assessmentId",
                "Assessment " + details.assessmentId() + " is not an assessment of this council."));
      }
    }
    failOn(errors, "The plan cannot be created.");
    ImprovementPlan plan = new ImprovementPlan(council, assessment, details.title());
    em.persist(plan);
    em.flush();
    return plan;
  }

  /**
   * Starts a plan answering a published assessment from its areas for improvement: one workstream
   * per theme that has any, one action per area linked to its finding and statement (see {@link
   * PlanFromFindings}). The director who starts it owns the actions until they hand them on; they
   * start today and are due at the stage 2 action-plan review while that is ahead. {@code
   * findingIds} chooses some of the areas; none chosen means all of them. A blank title is made
   * from the publication date.
   */
  public ImprovementPlan startFromAssessment(
      long councilId, PlanDetails details, List<Long> findingIds) {
    Council council = councils.get(councilId);
    Access.Caller caller = access.requireRole(councilId, "write improvement plans", Role.DIRECTOR);
    if (details.assessmentId() == null) {
      throw new InvalidInputException(
          "The plan cannot be started from the areas for improvement.",
          List.of(
              new FieldError(
                  "assessmentId",
                  "Name the assessment whose areas for improvement the plan answers.")));
    }
    Assessment assessment =
        assessments
            .find(details.assessmentId())
            .filter(a -> a.getCouncil().getId() == councilId)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "Assessment "
                            + details.assessmentId()
                            + " of "
                            + council.getName()
                            + " does not exist."));
    List<Finding> areas =
        lifecycle.findings(assessment.getId()).stream()
            .filter(f -> f.getKind() == FindingKind.AREA_FOR_IMPROVEMENT)
            .toList();
    List<FieldError> errors = new ArrayList<>();
    String title =
        details.title() == null || details.title().isBlank()
            ? "Improvement plan: CQC assessment published "
                + java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)
                    .format(assessment.getPublishedOn())
            : details.title();
    title(title, ImprovementPlan.TITLE_LENGTH, errors);
    List<Finding> chosen = areas;
    if (areas.isEmpty()) {
      errors.add(
          new FieldError(
              "assessmentId",
              "Assessment "
                  + assessment.getId()
                  + " has no areas for improvement recorded: record them first, or start the"
                  + " plan without them."));
    } else if (findingIds != null && !findingIds.isEmpty()) {
      for (Long findingId : findingIds) {
        if (areas.stream().noneMatch(f -> f.getId().equals(findingId))) {
          errors.add(
              new FieldError(
                  "findingIds",
                  "Finding "
                      + findingId
                      + " is not an area for improvement of assessment "
                      + assessment.getId()
                      + "."));
        }
      }
      chosen = areas.stream().filter(f -> findingIds.contains(f.getId())).toList();
    }
    failOn(errors, "The plan cannot be started from the areas for improvement.");
    ImprovementPlan plan = new ImprovementPlan(council, assessment, title);
    em.persist(plan);
    em.flush();
    LocalDate today = today();
    LocalDate due = draftDueOn(assessment.getId());
    List<PlanFromFindings.WorkstreamDraft> drafts =
        PlanFromFindings.layOut(
            assessment.getFramework(),
            assessment.getPublishedOn(),
            chosen.stream()
                .map(f -> new PlanFromFindings.Area(f.getId(), f.getStatementCode(), f.getText()))
                .toList());
    for (PlanFromFindings.WorkstreamDraft draft : drafts) {
      Workstream workstream = new Workstream(plan);
      workstream.describe(draft.title(), null, draft.statementCodes(), null, null, null);
      em.persist(workstream);
      // each insert on its own, so ids (the board's order) follow the framework's order
      em.flush();
      for (PlanFromFindings.ActionDraft a : draft.actions()) {
        ImprovementAction action = new ImprovementAction(workstream);
        action.describe(
            a.title(),
            a.description(),
            caller.name(),
            today,
            due,
            List.of(a.statementCode()),
            List.of(a.findingId()),
            null);
        em.persist(action);
        em.flush();
      }
    }
    return plan;
  }

  /** When actions drafted from an assessment's areas for improvement today fall due. */
  public LocalDate draftDueOn(long assessmentId) {
    return PlanFromFindings.dueOn(lifecycle.followUp(assessmentId).deadlines(), today());
  }

  /**
   * The findings an action of the plan may answer: those of the assessment the plan answers, areas
   * for improvement first (none when it answers no assessment).
   */
  public List<Finding> findingChoices(long planId) {
    ImprovementPlan plan = getPlan(planId);
    if (plan.getAssessment() == null) {
      return List.of();
    }
    return lifecycle.findings(plan.getAssessment().getId()).stream()
        .sorted(
            Comparator.comparing((Finding f) -> f.getKind() != FindingKind.AREA_FOR_IMPROVEMENT))
        .toList();
  }

  public Optional<ImprovementPlan> findPlan(long id) {
    return Optional.ofNullable(em.find(ImprovementPlan.class, id))
        .filter(p -> access.canRead(p.councilId()));
  }

  public ImprovementPlan getPlan(long id) {
    return findPlan(id).orElseThrow(() -> new NotFoundException("Improvement plan", id));
  }

  public Page<ImprovementPlan> plansOf(long councilId, PageRequest request) {
    councils.get(councilId);
    List<ImprovementPlan> items =
        em.createNamedQuery(ImprovementPlan.OF_COUNCIL, ImprovementPlan.class)
            .setParameter("councilId", councilId)
            .setFirstResult(request.offset())
            .setMaxResults(request.size())
            .getResultList();
    long total =
        em.createNamedQuery(ImprovementPlan.COUNT_OF_COUNCIL, Long.class)
            .setParameter("councilId", councilId)
            .getSingleResult();
    return new Page<>(items, request.page(), request.size(), total);
  }

  /** Every plan the caller may read, newest first. */
  public List<ImprovementPlan> readablePlans() {
    Optional<java.util.Set<Long>> readable = access.readableCouncils();
    if (readable.isPresent() && readable.get().isEmpty()) {
      return List.of();
    }
    return (readable.isEmpty()
            ? em.createQuery(
                "select p from ImprovementPlan p order by p.id desc", ImprovementPlan.class)
            : em.createQuery(
                    "select p from ImprovementPlan p where p.council.id in :councils"
                        + " order by p.id desc",
                    ImprovementPlan.class)
                .setParameter("councils", readable.get()))
        .setMaxResults(PageRequest.MAX_SIZE)
        .getResultList();
  }

  /**
   * Whether the caller may write the plans of a council (a director there, or an administrator).
   */
  public boolean canDirect(long councilId) {
    Access.Caller caller = access.caller();
    return caller.seesEverything() || caller.hasRoleAt(councilId, Role.DIRECTOR);
  }

  /** Whether the caller may report progress on an action: a director, or the lead who owns it. */
  public boolean canUpdate(ImprovementAction action) {
    Access.Caller caller = access.caller();
    return canDirect(action.councilId())
        || (caller.hasRoleAt(action.councilId(), Role.LEAD) && action.isOwnedBy(caller.name()));
  }

  // --- workstreams ---------------------------------------------------------------------------

  public Workstream addWorkstream(long planId, WorkstreamDetails details) {
    ImprovementPlan plan = getPlan(planId);
    access.requireRole(plan.councilId(), "write improvement plans", Role.DIRECTOR);
    List<String> codes = checked(details, "The workstream cannot be added.");
    Workstream workstream = new Workstream(plan);
    workstream.describe(
        details.title(),
        details.leadName(),
        codes,
        details.costLow(),
        details.costHigh(),
        details.deliveryGroup());
    em.persist(workstream);
    em.flush();
    return workstream;
  }

  public List<Workstream> workstreams(long planId) {
    getPlan(planId);
    return em.createNamedQuery(Workstream.OF_PLAN, Workstream.class)
        .setParameter("planId", planId)
        .getResultList();
  }

  public Optional<Workstream> findWorkstream(long id) {
    return Optional.ofNullable(em.find(Workstream.class, id))
        .filter(w -> access.canRead(w.getPlan().councilId()));
  }

  public Workstream getWorkstream(long id) {
    return findWorkstream(id).orElseThrow(() -> new NotFoundException("Workstream", id));
  }

  private List<String> checked(WorkstreamDetails details, String summary) {
    List<FieldError> errors = new ArrayList<>();
    title(details.title(), Workstream.TITLE_LENGTH, errors);
    longest("leadName", details.leadName(), Workstream.NAME_LENGTH, errors);
    longest("deliveryGroup", details.deliveryGroup(), Workstream.GROUP_LENGTH, errors);
    List<String> codes = codes(details.statementCodes(), errors);
    if (details.costLow() != null && details.costLow() < 0) {
      errors.add(new FieldError("costLow", "The cost cannot be negative."));
    }
    if (details.costLow() != null
        && details.costHigh() != null
        && details.costLow() > details.costHigh()) {
      errors.add(
          new FieldError("costHigh", "The high estimate must be at least the low estimate."));
    }
    failOn(errors, summary);
    return codes;
  }

  // --- actions -------------------------------------------------------------------------------

  public ImprovementAction addAction(long workstreamId, ActionDetails details) {
    Workstream workstream = getWorkstream(workstreamId);
    access.requireRole(workstream.getPlan().councilId(), "write improvement plans", Role.DIRECTOR);
    ImprovementAction action = new ImprovementAction(workstream);
    describe(action, workstream.getPlan(), details, "The action cannot be added.");
    em.persist(action);
    em.flush();
    return action;
  }

  public List<ImprovementAction> actions(long workstreamId) {
    getWorkstream(workstreamId);
    return em.createNamedQuery(ImprovementAction.OF_WORKSTREAM, ImprovementAction.class)
        .setParameter("workstreamId", workstreamId)
        .getResultList();
  }

  public List<ImprovementAction> actionsOfPlan(long planId) {
    getPlan(planId);
    return em.createNamedQuery(ImprovementAction.OF_PLAN, ImprovementAction.class)
        .setParameter("planId", planId)
        .getResultList();
  }

  public Optional<ImprovementAction> findAction(long id) {
    return Optional.ofNullable(em.find(ImprovementAction.class, id))
        .filter(a -> access.canRead(a.councilId()));
  }

  public ImprovementAction getAction(long id) {
    return findAction(id).orElseThrow(() -> new NotFoundException("Action", id));
  }

  /**
   * Applies an edited action. Directors and administrators change anything; a lead only the status,
   * percent and blocked reason of an action they own.
   */
  public ImprovementAction changeAction(long id, long expectedVersion, ActionChange change) {
    ImprovementAction action = getAction(id);
    boolean director = requireDirectorOrOwner(action);
    if (action.getVersion() != expectedVersion) {
      throw new StaleVersionException("Action " + id, expectedVersion, action.getVersion());
    }
    if (!director && (!sameDetails(action, change.details()) || !sameOverride(action, change))) {
      throw new ForbiddenException(
          "A lead may change only the status, the percent complete and the blocked reason of"
              + " an action they own.");
    }
    List<FieldError> errors = new ArrayList<>();
    progressChecks(change.status(), change.percentComplete(), change.blockedReason(), errors);
    if (change.ragOverride() != null
        && (change.ragOverride() == Rag.NONE
            || change.ragOverrideReason() == null
            || change.ragOverrideReason().isBlank())) {
      errors.add(
          new FieldError(
              "ragOverrideReason", "Overriding the RAG needs a colour and the reason for it."));
    }
    longest(
        "ragOverrideReason", change.ragOverrideReason(), ImprovementAction.REASON_LENGTH, errors);
    if (director) {
      describe(action, action.getWorkstream().getPlan(), change.details(), null, errors);
    }
    failOn(errors, "The action cannot be changed.");
    applyProgress(action, change.status(), change.percentComplete(), change.blockedReason());
    if (director) {
      if (change.ragOverride() == null) {
        action.clearRagOverride();
      } else {
        action.overrideRag(change.ragOverride(), change.ragOverrideReason());
      }
    }
    em.flush();
    return action;
  }

  /** Writes a progress note and applies the status and percent it reports, if any. */
  public ActionUpdate reportProgress(long actionId, ProgressNote note) {
    ImprovementAction action = getAction(actionId);
    requireDirectorOrOwner(action);
    List<FieldError> errors = new ArrayList<>();
    if (note.note() == null || note.note().isBlank()) {
      errors.add(new FieldError("note", "The note is required."));
    }
    longest("note", note.note(), ActionUpdate.NOTE_LENGTH, errors);
    LocalDate writtenOn = note.writtenOn() == null ? today() : note.writtenOn();
    if (writtenOn.isAfter(today())) {
      errors.add(new FieldError("writtenOn", "A progress note cannot be dated in the future."));
    }
    ActionStatus status = note.status() == null ? action.getStatus() : note.status();
    int percent =
        note.percentComplete() == null ? action.getPercentComplete() : note.percentComplete();
    String reason =
        note.blockedReason() == null && status == action.getStatus()
            ? action.getBlockedReason()
            : note.blockedReason();
    progressChecks(status, percent, reason, errors);
    failOn(errors, "The progress update cannot be recorded.");
    applyProgress(action, status, percent, reason);
    ActionUpdate update = new ActionUpdate(action, writtenOn, access.caller().name(), note.note());
    em.persist(update);
    em.flush();
    return update;
  }

  public List<ActionUpdate> updates(long actionId) {
    getAction(actionId);
    return em.createNamedQuery(ActionUpdate.OF_ACTION, ActionUpdate.class)
        .setParameter("actionId", actionId)
        .getResultList();
  }

  /** Progress notes and recorded changes of an action, newest first. */
  public List<HistoryEntry> history(long actionId) {
    List<HistoryEntry> entries = new ArrayList<>();
    updates(actionId)
        .forEach(
            u ->
                entries.add(
                    new HistoryEntry(
                        u.getCreatedAt(),
                        u.getAuthor(),
                        HistoryEntry.Kind.PROGRESS_NOTE,
                        u.getWrittenOn()
                            + ": "
                            + u.getNote()
                            + " ("
                            + u.getStatusAfter()
                            + ", "
                            + u.getPercentAfter()
                            + "%)")));
    trail
        .search(AuditQuery.ofEntity("ImprovementAction", actionId), new PageRequest(1, 200))
        .items()
        .forEach(
            r ->
                entries.add(
                    new HistoryEntry(
                        r.getOccurredAt(),
                        r.getActor(),
                        HistoryEntry.Kind.CHANGE,
                        r.getAction() + " " + r.getChanges())));
    entries.sort(Comparator.comparing(HistoryEntry::at).reversed());
    return entries;
  }

  /** Whether the caller writes as director (true) or only as the owning lead (false). */
  private boolean requireDirectorOrOwner(ImprovementAction action) {
    long councilId = action.councilId();
    Access.Caller caller =
        access.requireRole(councilId, "update improvement actions", Role.DIRECTOR, Role.LEAD);
    if (caller.seesEverything() || caller.hasRoleAt(councilId, Role.DIRECTOR)) {
      return true;
    }
    if (!action.isOwnedBy(caller.name())) {
      throw new ForbiddenException(
          "Only the action's owner (" + action.getOwner() + ") or a director can update it.");
    }
    return false;
  }

  private static boolean sameDetails(ImprovementAction a, ActionDetails d) {
    return d != null
        && Objects.equals(a.getTitle(), strip(d.title()))
        && Objects.equals(a.getDescription(), Texts.blankToNull(d.description()))
        && Objects.equals(a.getOwner(), strip(d.owner()))
        && Objects.equals(a.getStartOn(), d.startOn())
        && Objects.equals(a.getDueOn(), d.dueOn())
        && Objects.equals(a.getStatementCodes(), normalised(d.statementCodes()))
        && Objects.equals(a.getFindingIds(), d.findingIds() == null ? List.of() : d.findingIds())
        && Objects.equals(a.getMilestones(), Texts.blankToNull(d.milestones()));
  }

  private static boolean sameOverride(ImprovementAction a, ActionChange c) {
    return a.getRagOverride() == c.ragOverride()
        && (c.ragOverride() == null
            || Objects.equals(a.getRagOverrideReason(), strip(c.ragOverrideReason())));
  }

  private static List<String> normalised(List<String> codes) {
    if (codes == null) {
      return List.of();
    }
    List<String> result = new ArrayList<>();
    for (String code : codes) {
      try {
        result.add(StatementCode.parse(code).value());
      } catch (InvalidInputException e) {
        result.add(code);
      }
    }
    return result;
  }

  private void describe(
      ImprovementAction action, ImprovementPlan plan, ActionDetails details, String summary) {
    List<FieldError> errors = new ArrayList<>();
    describe(action, plan, details, summary, errors);
  }

  /** Checks the details; describes the action when {@code summary} is given and all is well. */
  private void describe(
      ImprovementAction action,
      ImprovementPlan plan,
      ActionDetails details,
      String summary,
      List<FieldError> errors) {
    if (details == null) {
      errors.add(new FieldError("details", "The action's details are required."));
      failOn(errors, summary == null ? "The action cannot be changed." : summary);
      return;
    }
    title(details.title(), ImprovementAction.TITLE_LENGTH, errors);
    longest("description", details.description(), ImprovementAction.DESCRIPTION_LENGTH, errors);
    longest("milestones", details.milestones(), ImprovementAction.MILESTONES_LENGTH, errors);
    if (details.owner() == null || details.owner().isBlank()) {
      errors.add(new FieldError("owner", "The owner (a username) is required."));
    } else {
      longest("owner", details.owner(), ImprovementAction.OWNER_LENGTH, errors);
    }
    if (details.dueOn() == null) {
      errors.add(new FieldError("dueOn", "The due date is required."));
    } else if (details.startOn() != null && details.startOn().isAfter(details.dueOn())) {
      errors.add(new FieldError("dueOn", "The due date cannot be before the start date."));
    }
    List<String> codes = codes(details.statementCodes(), errors);
    List<Long> findings = details.findingIds() == null ? List.of() : details.findingIds();
    for (Long findingId : findings) {
      Optional<Finding> finding =
          findingId == null ? Optional.empty() : lifecycle.findFinding(findingId);
      if (finding.isEmpty()
          || finding.get().getAssessment().getCouncil().getId() != plan.councilId()) {
        errors.add(
            new FieldError(
                "findingIds", "Finding " + findingId + " is not a finding of this council."));
      }
    }
    if (summary != null) {
      failOn(errors, summary);
    }
    if (errors.isEmpty()) {
      action.describe(
          details.title(),
          details.description(),
          details.owner(),
          details.startOn(),
          details.dueOn(),
          codes,
          findings,
          details.milestones());
    }
  }

  private static void progressChecks(
      ActionStatus status, int percent, String blockedReason, List<FieldError> errors) {
    if (status == null) {
      errors.add(
          new FieldError(
              "status",
              "The status is required: NOT_STARTED, IN_PROGRESS, BLOCKED, COMPLETE or CANCELLED."));
    }
    if (percent < 0 || percent > 100) {
      errors.add(new FieldError("percentComplete", "Percent complete must be from 0 to 100."));
    }
    if (status == ActionStatus.BLOCKED && (blockedReason == null || blockedReason.isBlank())) {
      errors.add(new FieldError("blockedReason", "Say what blocks the action."));
    }
    longest("blockedReason", blockedReason, ImprovementAction.REASON_LENGTH, errors);
  }

  private static void applyProgress(
      ImprovementAction action, ActionStatus requested, int percent, String blockedReason) {
    // work reported on an action not started yet means it has started
    ActionStatus status =
        requested == ActionStatus.NOT_STARTED && percent > 0 ? ActionStatus.IN_PROGRESS : requested;
    if (status == ActionStatus.COMPLETE) {
      action.complete();
      return;
    }
    if (action.getStatus().isClosed() && !status.isClosed()) {
      action.resume(ActionStatus.IN_PROGRESS);
    }
    if (!status.isClosed()) {
      action.reportProgress(percent);
    }
    if (status == ActionStatus.BLOCKED) {
      action.markBlocked(blockedReason);
    } else {
      action.moveTo(status, blockedReason);
    }
  }

  // --- the director's summary ----------------------------------------------------------------

  public PlanSummary summary(long planId, LocalDate today) {
    ImprovementPlan plan = getPlan(planId);
    RagRules rules = ragRules();
    List<Workstream> streams = workstreams(planId);
    List<ImprovementAction> actions = actionsOfPlan(planId);
    List<PlanSummary.WorkstreamSummary> perStream = new ArrayList<>();
    long low = 0;
    long high = 0;
    for (Workstream w : streams) {
      Map<Rag, Long> counts = new EnumMap<>(Rag.class);
      for (Rag rag : List.of(Rag.RED, Rag.AMBER, Rag.GREEN, Rag.BLUE)) {
        counts.put(rag, 0L);
      }
      actions.stream()
          .filter(a -> a.getWorkstream().getId().equals(w.getId()))
          .map(a -> a.effectiveRag(rules, today).colour())
          .filter(Rag::isRated)
          .forEach(rag -> counts.merge(rag, 1L, Long::sum));
      perStream.add(
          new PlanSummary.WorkstreamSummary(
              w.getId(), w.getTitle(), w.getLeadName(), counts, w.getCostLow(), w.getCostHigh()));
      low += w.getCostLow() == null ? 0 : w.getCostLow();
      high +=
          w.getCostHigh() == null ? (w.getCostLow() == null ? 0 : w.getCostLow()) : w.getCostHigh();
    }
    List<ActionState> now = actions.stream().map(a -> ActionState.of(a, rules, today)).toList();
    List<ActionState> overdue =
        actions.stream()
            .filter(a -> a.isOverdue(today))
            .map(a -> ActionState.of(a, rules, today))
            .toList();
    Optional<PlanSnapshot> last = snapshotsOf(planId).stream().findFirst();
    List<PlanChanges.Change> slipped =
        last.map(s -> PlanChanges.between(SnapshotJson.actions(s.getContent()), now).slipped())
            .orElse(List.of());
    List<org.ascassure.assessment.entity.FollowUpDeadline> deadlines = List.of();
    List<String> notified = List.of();
    if (plan.getAssessment() != null) {
      FollowUp followUp = lifecycle.followUp(plan.getAssessment().getId());
      deadlines = followUp.upcoming(today, 3);
      notified = followUp.notifiedStatements();
    }
    return new PlanSummary(
        plan.getId(),
        plan.getTitle(),
        today,
        perStream,
        overdue,
        last.map(
                s -> new PlanSummary.SnapshotRef(s.getId(), s.getTakenOn(), s.getAudience().name()))
            .orElse(null),
        slipped,
        deadlines,
        notified,
        low,
        high);
  }

  /** How each action of a plan stands on {@code day}, with its RAG and reason. */
  public RagAssessment rag(ImprovementAction action, LocalDate day) {
    return action.effectiveRag(ragRules(), day);
  }

  public RagAssessment computedRag(ImprovementAction action, LocalDate day) {
    return action.computedRag(ragRules(), day);
  }

  // --- snapshots -----------------------------------------------------------------------------

  /** Freezes the plan as it stands, rated as of {@code takenOn}, for {@code audience}. */
  public PlanSnapshot freeze(long planId, LocalDate takenOn, Audience audience) {
    ImprovementPlan plan = getPlan(planId);
    access.requireRole(plan.councilId(), "freeze plan reports", Role.DIRECTOR);
    List<FieldError> errors = new ArrayList<>();
    LocalDate day = takenOn == null ? today() : takenOn;
    if (day.isAfter(today())) {
      errors.add(new FieldError("takenOn", "A report cannot be frozen for a future date."));
    }
    if (audience == null) {
      errors.add(
          new FieldError(
              "audience",
              "The audience is required: MONTHLY_BOARD, QUARTERLY_DHSC or SCRUTINY_COMMITTEE."));
    }
    failOn(errors, "The report cannot be frozen.");
    RagRules rules = ragRules();
    List<ActionState> states =
        actionsOfPlan(planId).stream().map(a -> ActionState.of(a, rules, day)).toList();
    PlanSnapshot snapshot =
        new PlanSnapshot(
            plan,
            day,
            audience,
            SnapshotJson.write(plan, day, audience, workstreams(planId), states));
    em.persist(snapshot);
    em.flush();
    return snapshot;
  }

  /** Snapshots of a plan, newest first. */
  public List<PlanSnapshot> snapshotsOf(long planId) {
    getPlan(planId);
    return em.createNamedQuery(PlanSnapshot.OF_PLAN, PlanSnapshot.class)
        .setParameter("planId", planId)
        .getResultList();
  }

  public PlanSnapshot getSnapshot(long planId, long snapshotId) {
    getPlan(planId);
    return Optional.ofNullable(em.find(PlanSnapshot.class, snapshotId))
        .filter(s -> s.getPlan().getId() == planId)
        .orElseThrow(() -> new NotFoundException("Snapshot", snapshotId));
  }

  public List<ActionState> snapshotActions(PlanSnapshot snapshot) {
    return SnapshotJson.actions(snapshot.getContent());
  }

  /** What changed from snapshot {@code since} to snapshot {@code snapshotId}. */
  public PlanChanges changes(long planId, long snapshotId, long since) {
    PlanSnapshot later = getSnapshot(planId, snapshotId);
    PlanSnapshot earlier = getSnapshot(planId, since);
    if (earlier.getId() == later.getId()) {
      throw new ConflictException("Compare two different snapshots.");
    }
    return PlanChanges.between(
        SnapshotJson.actions(earlier.getContent()), SnapshotJson.actions(later.getContent()));
  }

  // --- checks --------------------------------------------------------------------------------

  private static void title(String title, int max, List<FieldError> errors) {
    if (title == null || title.isBlank()) {
      errors.add(new FieldError("title", "The title is required."));
    } else {
      longest("title", title, max, errors);
    }
  }

  private static void longest(String field, String value, int max, List<FieldError> errors) {
    if (value != null && value.strip().length() > max) {
      errors.add(new FieldError(field, "This is longer than " + max + " characters."));
    }
  }

  private static List<String> codes(List<String> codes, List<FieldError> errors) {
    List<String> result = new ArrayList<>();
    if (codes == null) {
      return result;
    }
    for (String code : codes) {
      try {
        result.add(StatementCode.parse(code).value());
      } catch (InvalidInputException e) {
        errors.add(new FieldError("statementCodes", e.getMessage()));
      }
    }
    return result;
  }

  private static void failOn(List<FieldError> errors, String summary) {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(summary, errors);
    }
  }

  private static String strip(String s) {
    return s == null ? null : s.strip();
  }
}
