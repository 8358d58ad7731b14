package org.ascassure.admin.improvement;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.ascassure.admin.platform.Messages;
import org.ascassure.admin.platform.Navigation;
import org.ascassure.assessment.entity.Finding;
import org.ascassure.improvement.boundary.ActionDetails;
import org.ascassure.improvement.boundary.ImprovementPlans;
import org.ascassure.improvement.boundary.WorkstreamDetails;
import org.ascassure.improvement.entity.ImprovementAction;
import org.ascassure.improvement.entity.ImprovementPlan;
import org.ascassure.improvement.entity.Rag;
import org.ascassure.improvement.entity.RagAssessment;
import org.ascassure.improvement.entity.Workstream;
import org.ascassure.platform.boundary.DomainException;

/**
 * A plan's board: each workstream with its actions, their RAG and reason, filtered by owner, RAG
 * and how soon they are due; directors add workstreams and actions here.
 */
@Named
@ViewScoped
public class PlanBoardPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One action on the board with the RAG it has today. */
  public record Row(ImprovementAction action, RagAssessment rag) {}

  /** One workstream and its (filtered) actions. */
  public record Lane(Workstream workstream, List<Row> rows) {}

  @Inject transient ImprovementPlans plans;

  private Long id;
  private String owner;
  private String rag;
  private Integer dueWithin;

  private String wsTitle;
  private String wsLead;
  private String wsCodes;
  private Long wsCostLow;
  private Long wsCostHigh;
  private String wsGroup;

  private Long actionWorkstream;
  private String actionTitle;
  private String actionOwner;
  private LocalDate actionStart;
  private LocalDate actionDue;
  private String actionDescription;
  private String actionCodes;
  private List<Long> actionFindings = new java.util.ArrayList<>();

  private transient ImprovementPlan plan;

  public void load() {
    if (getPlan() == null) {
      Navigation.notFound();
    }
  }

  public ImprovementPlan getPlan() {
    if (plan == null && id != null) {
      plan = plans.findPlan(id).orElse(null);
    }
    return plan;
  }

  public boolean isDirector() {
    return getPlan() != null && plans.canDirect(getPlan().councilId());
  }

  public List<Lane> getLanes() {
    LocalDate today = ImprovementPlans.today();
    List<ImprovementAction> actions = plans.actionsOfPlan(id);
    return plans.workstreams(id).stream()
        .map(
            w ->
                new Lane(
                    w,
                    actions.stream()
                        .filter(a -> a.getWorkstream().getId().equals(w.getId()))
                        .map(a -> new Row(a, plans.rag(a, today)))
                        .filter(this::matches)
                        .toList()))
        .toList();
  }

  private boolean matches(Row row) {
    if (owner != null && !owner.isBlank() && !row.action().isOwnedBy(owner)) {
      return false;
    }
    if (rag != null && !rag.isBlank() && !row.rag().colour().name().equals(rag)) {
      return false;
    }
    return dueWithin == null
        || (!row.action().getStatus().isClosed()
            && !row.action().getDueOn().isAfter(ImprovementPlans.today().plusDays(dueWithin)));
  }

  public List<String> getOwners() {
    return plans.actionsOfPlan(id).stream()
        .map(ImprovementAction::getOwner)
        .collect(java.util.stream.Collectors.toCollection(TreeSet::new))
        .stream()
        .toList();
  }

  /**
   * The owners to filter by. The page writes the "anyone" choice itself: an option whose value is
   * an expression that comes out empty loses its value attribute, and the browser then sends the
   * option's label ("Anyone") instead of nothing. The same goes for the RAG and due choices.
   */
  public List<Option> getOwnerOptions() {
    List<Option> options = new java.util.ArrayList<>();
    getOwners().forEach(o -> options.add(new Option(o, o, o.equals(owner))));
    return options;
  }

  public List<Option> getRagOptions() {
    List<Option> options = new java.util.ArrayList<>();
    Arrays.stream(Rag.values())
        .filter(Rag::isRated)
        .forEach(r -> options.add(new Option(r.name(), r.name(), r.name().equals(rag))));
    return options;
  }

  public List<Option> getDueOptions() {
    return List.of(
        new Option("0", "Overdue or due today", Integer.valueOf(0).equals(dueWithin)),
        new Option("14", "Within 14 days", Integer.valueOf(14).equals(dueWithin)),
        new Option("30", "Within 30 days", Integer.valueOf(30).equals(dueWithin)),
        new Option("90", "Within 90 days", Integer.valueOf(90).equals(dueWithin)));
  }

  public String addWorkstream() {
    try {
      List<String> codes = codes(wsCodes);
      plans.addWorkstream(
          id, new WorkstreamDetails(wsTitle, wsLead, codes, wsCostLow, wsCostHigh, wsGroup));
      Messages.info("The workstream '" + wsTitle + "' has been added.");
      return "/improvement/plan.xhtml?faces-redirect=true&id=" + id;
    } catch (DomainException rejected) {
      Messages.of(rejected);
      return null;
    }
  }

  /** Statement codes typed as "QS1, QS4" (commas or spaces between them). */
  static List<String> codes(String typed) {
    return typed == null || typed.isBlank()
        ? List.of()
        : Arrays.stream(typed.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
  }

  /** The findings an action may answer: the assessment's the plan answers, areas first. */
  public List<Finding> getFindingChoices() {
    return plans.findingChoices(id);
  }

  public String addAction() {
    if (actionWorkstream == null) {
      Messages.error("Choose the workstream the action belongs to.");
      return null;
    }
    try {
      ImprovementAction action =
          plans.addAction(
              actionWorkstream,
              new ActionDetails(
                  actionTitle,
                  actionDescription,
                  actionOwner,
                  actionStart,
                  actionDue,
                  codes(actionCodes),
                  actionFindings == null ? List.of() : actionFindings,
                  null));
      Messages.info("The action '" + action.getTitle() + "' has been added.");
      return "/improvement/plan.xhtml?faces-redirect=true&id=" + id;
    } catch (DomainException rejected) {
      Messages.of(rejected);
      return null;
    }
  }

  public String getActionDescription() {
    return actionDescription;
  }

  public void setActionDescription(String actionDescription) {
    this.actionDescription = actionDescription;
  }

  public String getActionCodes() {
    return actionCodes;
  }

  public void setActionCodes(String actionCodes) {
    this.actionCodes = actionCodes;
  }

  public List<Long> getActionFindings() {
    return actionFindings;
  }

  public void setActionFindings(List<Long> actionFindings) {
    this.actionFindings = actionFindings;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public String getRag() {
    return rag;
  }

  public void setRag(String rag) {
    this.rag = rag;
  }

  public Integer getDueWithin() {
    return dueWithin;
  }

  public void setDueWithin(Integer dueWithin) {
    this.dueWithin = dueWithin;
  }

  public String getWsTitle() {
    return wsTitle;
  }

  public void setWsTitle(String wsTitle) {
    this.wsTitle = wsTitle;
  }

  public String getWsLead() {
    return wsLead;
  }

  public void setWsLead(String wsLead) {
    this.wsLead = wsLead;
  }

  public String getWsCodes() {
    return wsCodes;
  }

  public void setWsCodes(String wsCodes) {
    this.wsCodes = wsCodes;
  }

  public Long getWsCostLow() {
    return wsCostLow;
  }

  public void setWsCostLow(Long wsCostLow) {
    this.wsCostLow = wsCostLow;
  }

  public Long getWsCostHigh() {
    return wsCostHigh;
  }

  public void setWsCostHigh(Long wsCostHigh) {
    this.wsCostHigh = wsCostHigh;
  }

  public String getWsGroup() {
    return wsGroup;
  }

  public void setWsGroup(String wsGroup) {
    this.wsGroup = wsGroup;
  }

  public Long getActionWorkstream() {
    return actionWorkstream;
  }

  public void setActionWorkstream(Long actionWorkstream) {
    this.actionWorkstream = actionWorkstream;
  }

  public String getActionTitle() {
    return actionTitle;
  }

  public void setActionTitle(String actionTitle) {
    this.actionTitle = actionTitle;
  }

  public String getActionOwner() {
    return actionOwner;
  }

  public void setActionOwner(String actionOwner) {
    this.actionOwner = actionOwner;
  }

  public LocalDate getActionStart() {
    return actionStart;
  }

  public void setActionStart(LocalDate actionStart) {
    this.actionStart = actionStart;
  }

  public LocalDate getActionDue() {
    return actionDue;
  }

  public void setActionDue(LocalDate actionDue) {
    this.actionDue = actionDue;
  }
}
