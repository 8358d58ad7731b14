package org.ascassure.admin.improvement;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.ascassure.admin.platform.Navigation;
import org.ascassure.improvement.boundary.ImprovementPlans;
import org.ascassure.improvement.entity.ImprovementPlan;
import org.ascassure.improvement.entity.PlanChanges;
import org.ascassure.improvement.entity.PlanSnapshot;
import org.ascassure.platform.boundary.DomainException;

/** A plan's frozen reports, and what changed between two of them. */
@Named
@RequestScoped
public class SnapshotsPage {

  @Inject ImprovementPlans plans;

  private Long id;
  private Long snapshot;
  private Long since;

  private ImprovementPlan plan;
  private List<PlanSnapshot> snapshots;
  private PlanChanges changes;
  private String problem;

  public void load() {
    plan = id == null ? null : plans.findPlan(id).orElse(null);
    if (plan == null) {
      Navigation.notFound();
      return;
    }
    snapshots = plans.snapshotsOf(id);
    if (snapshot == null && since == null && snapshots.size() >= 2) {
      snapshot = snapshots.get(0).getId();
      since = snapshots.get(1).getId();
    }
    if (snapshot != null && since != null) {
      try {
        changes = plans.changes(id, snapshot, since);
      } catch (DomainException e) {
        problem = e.getMessage();
      }
    }
  }

  public List<Option> getSnapshotOptions() {
    return options(snapshot);
  }

  public List<Option> getSinceOptions() {
    return options(since);
  }

  private List<Option> options(Long current) {
    List<Option> result = new ArrayList<>();
    for (PlanSnapshot s : snapshots) {
      result.add(
          new Option(
              s.getId().toString(),
              s.getTakenOn() + " – " + s.getAudience().label(),
              s.getId().equals(current)));
    }
    return result;
  }

  public ImprovementPlan getPlan() {
    return plan;
  }

  public List<PlanSnapshot> getSnapshots() {
    return snapshots;
  }

  public PlanChanges getChanges() {
    return changes;
  }

  public String getProblem() {
    return problem;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getSnapshot() {
    return snapshot;
  }

  public void setSnapshot(Long snapshot) {
    this.snapshot = snapshot;
  }

  public Long getSince() {
    return since;
  }

  public void setSince(Long since) {
    this.since = since;
  }
}
