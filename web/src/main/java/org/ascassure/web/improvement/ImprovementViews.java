package org.ascassure.web.improvement;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.ascassure.improvement.boundary.HistoryEntry;
import org.ascassure.improvement.boundary.ImprovementPlans;
import org.ascassure.improvement.boundary.PlanSummary;
import org.ascassure.improvement.entity.ActionState;
import org.ascassure.improvement.entity.ActionUpdate;
import org.ascassure.improvement.entity.ImprovementAction;
import org.ascassure.improvement.entity.ImprovementPlan;
import org.ascassure.improvement.entity.PlanChanges;
import org.ascassure.improvement.entity.PlanSnapshot;
import org.ascassure.improvement.entity.RagAssessment;
import org.ascassure.improvement.entity.Workstream;

/** How plans and their parts read in JSON. */
public final class ImprovementViews {

  private ImprovementViews() {}

  public record PlanView(long id, long councilId, Long assessmentId, String title, long version) {
    static PlanView of(ImprovementPlan p) {
      return new PlanView(
          p.getId(),
          p.councilId(),
          p.getAssessment() == null ? null : p.getAssessment().getId(),
          p.getTitle(),
          p.getVersion());
    }
  }

  public record WorkstreamView(
      long id,
      long planId,
      String title,
      String leadName,
      List<String> statementCodes,
      Long costLow,
      Long costHigh,
      String deliveryGroup,
      long version) {
    static WorkstreamView of(Workstream w) {
      return new WorkstreamView(
          w.getId(),
          w.getPlan().getId(),
          w.getTitle(),
          w.getLeadName(),
          w.getStatementCodes(),
          w.getCostLow(),
          w.getCostHigh(),
          w.getDeliveryGroup(),
          w.getVersion());
    }
  }

  public record RagView(String colour, String reason) {
    static RagView of(RagAssessment r) {
      return new RagView(r.colour().name(), r.reason());
    }
  }

  public record OverrideView(String colour, String reason) {}

  public record ActionView(
      long id,
      long workstreamId,
      String title,
      String description,
      String owner,
      LocalDate startOn,
      LocalDate dueOn,
      String status,
      int percentComplete,
      String blockedReason,
      List<String> statementCodes,
      List<Long> findingIds,
      String milestones,
      RagView rag,
      RagView computedRag,
      OverrideView ragOverride,
      long version) {
    static ActionView of(ImprovementAction a, ImprovementPlans plans) {
      LocalDate today = ImprovementPlans.today();
      return new ActionView(
          a.getId(),
          a.getWorkstream().getId(),
          a.getTitle(),
          a.getDescription(),
          a.getOwner(),
          a.getStartOn(),
          a.getDueOn(),
          a.getStatus().name(),
          a.getPercentComplete(),
          a.getBlockedReason(),
          a.getStatementCodes(),
          a.getFindingIds(),
          a.getMilestones(),
          RagView.of(plans.rag(a, today)),
          RagView.of(plans.computedRag(a, today)),
          a.getRagOverride() == null
              ? null
              : new OverrideView(a.getRagOverride().name(), a.getRagOverrideReason()),
          a.getVersion());
    }
  }

  public record UpdateView(
      long id,
      long actionId,
      LocalDate writtenOn,
      String author,
      String note,
      String statusAfter,
      int percentAfter) {
    static UpdateView of(ActionUpdate u) {
      return new UpdateView(
          u.getId(),
          u.getAction().getId(),
          u.getWrittenOn(),
          u.getAuthor(),
          u.getNote(),
          u.getStatusAfter().name(),
          u.getPercentAfter());
    }
  }

  public record HistoryView(LocalDateTime at, String who, String kind, String text) {
    static HistoryView of(HistoryEntry e) {
      return new HistoryView(e.at(), e.who(), e.kind().name(), e.text());
    }
  }

  public record SnapshotView(
      long id, long planId, LocalDate takenOn, String audience, String takenBy, String sha256) {
    static SnapshotView of(PlanSnapshot s) {
      return new SnapshotView(
          s.getId(),
          s.getPlan().getId(),
          s.getTakenOn(),
          s.getAudience().name(),
          s.getCreatedBy(),
          s.getContentHash());
    }
  }

  public record ActionStateView(
      long id,
      String workstream,
      String title,
      String owner,
      String status,
      int percentComplete,
      LocalDate dueOn,
      String rag,
      String ragReason) {
    static ActionStateView of(ActionState a) {
      return new ActionStateView(
          a.id(),
          a.workstream(),
          a.title(),
          a.owner(),
          a.status().name(),
          a.percentComplete(),
          a.dueOn(),
          a.rag().name(),
          a.ragReason());
    }
  }

  public record ChangeView(ActionStateView before, ActionStateView after) {
    static ChangeView of(PlanChanges.Change c) {
      return new ChangeView(ActionStateView.of(c.before()), ActionStateView.of(c.after()));
    }
  }

  public record ChangesView(
      long snapshot,
      long since,
      List<ActionStateView> newActions,
      List<ChangeView> completed,
      List<ChangeView> slipped,
      List<ChangeView> ragChanges) {
    static ChangesView of(long snapshot, long since, PlanChanges c) {
      return new ChangesView(
          snapshot,
          since,
          c.newActions().stream().map(ActionStateView::of).toList(),
          c.completed().stream().map(ChangeView::of).toList(),
          c.slipped().stream().map(ChangeView::of).toList(),
          c.ragChanges().stream().map(ChangeView::of).toList());
    }
  }

  public record WorkstreamSummaryView(
      long id,
      String title,
      String lead,
      Map<String, Long> ragCounts,
      Long costLow,
      Long costHigh) {}

  public record SummaryView(
      long planId,
      String title,
      LocalDate today,
      List<WorkstreamSummaryView> workstreams,
      List<ActionStateView> overdue,
      PlanSummary.SnapshotRef comparedWith,
      List<ChangeView> slipped,
      List<org.ascassure.web.improvement.ImprovementViews.DeadlineView> nextDeadlines,
      List<String> notifiedToSecretaryOfState,
      long costLowTotal,
      long costHighTotal) {
    static SummaryView of(PlanSummary s) {
      return new SummaryView(
          s.planId(),
          s.title(),
          s.today(),
          s.workstreams().stream()
              .map(
                  w -> {
                    Map<String, Long> counts = new java.util.LinkedHashMap<>();
                    w.ragCounts().forEach((rag, n) -> counts.put(rag.name(), n));
                    return new WorkstreamSummaryView(
                        w.id(), w.title(), w.lead(), counts, w.costLow(), w.costHigh());
                  })
              .toList(),
          s.overdue().stream().map(ActionStateView::of).toList(),
          s.comparedWith(),
          s.slipped().stream().map(ChangeView::of).toList(),
          s.nextDeadlines().stream()
              .map(d -> new DeadlineView(d.code(), d.title(), d.dueOn()))
              .toList(),
          s.notifiedStatements(),
          s.costLowTotal(),
          s.costHighTotal());
    }
  }

  public record DeadlineView(String code, String title, LocalDate dueOn) {}
}
