package org.ascassure.web.improvement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.ascassure.improvement.boundary.ImprovementPlans;
import org.ascassure.improvement.boundary.WorkstreamDetails;
import org.ascassure.improvement.entity.Audience;
import org.ascassure.improvement.entity.ImprovementPlan;
import org.ascassure.improvement.entity.PlanSnapshot;
import org.ascassure.improvement.entity.Workstream;
import org.ascassure.platform.boundary.FieldError;
import org.ascassure.platform.boundary.InvalidInputException;
import org.ascassure.platform.boundary.Page;
import org.ascassure.web.improvement.ImprovementViews.ActionStateView;
import org.ascassure.web.improvement.ImprovementViews.ChangesView;
import org.ascassure.web.improvement.ImprovementViews.PlanView;
import org.ascassure.web.improvement.ImprovementViews.SnapshotView;
import org.ascassure.web.improvement.ImprovementViews.SummaryView;
import org.ascassure.web.improvement.ImprovementViews.WorkstreamView;
import org.ascassure.web.platform.Inputs;
import org.ascassure.web.platform.PageParams;
import org.ascassure.web.platform.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** One improvement plan: its workstreams, summary and snapshots. */
@Path("v1/improvement-plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class ImprovementPlansResource {

  /** A workstream as clients send it; costs in whole pounds. */
  public record WorkstreamInput(
      String title,
      String leadName,
      List<String> statementCodes,
      Long costLow,
      Long costHigh,
      String deliveryGroup) {}

  /** A request to freeze the plan for an audience; the date defaults to today. */
  public record SnapshotInput(String takenOn, String audience) {}

  /** A snapshot with the actions as they were frozen. */
  public record SnapshotContentView(SnapshotView snapshot, List<ActionStateView> actions) {}

  @Inject ImprovementPlans plans;

  @Context UriInfo uri;

  @GET
  @Path("{id}")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "One improvement plan")
  public Response one(@PathParam("id") long id) {
    ImprovementPlan plan = plans.getPlan(id);
    return Response.ok(PlanView.of(plan)).tag(Versions.tag(plan.getVersion())).build();
  }

  @POST
  @Path("{id}/workstreams")
  @RolesAllowed({"ADMIN", "DIRECTOR"})
  @Operation(summary = "Add a workstream to a plan")
  public Response addWorkstream(@PathParam("id") long id, WorkstreamInput input) {
    Inputs.required(input);
    Workstream w =
        plans.addWorkstream(
            id,
            new WorkstreamDetails(
                input.title(),
                input.leadName(),
                input.statementCodes(),
                input.costLow(),
                input.costHigh(),
                input.deliveryGroup()));
    return Response.created(
            uri.getBaseUriBuilder()
                .path(WorkstreamsResource.class)
                .path(w.getId().toString())
                .path("actions")
                .build())
        .tag(Versions.tag(w.getVersion()))
        .entity(WorkstreamView.of(w))
        .build();
  }

  @GET
  @Path("{id}/workstreams")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "A plan's workstreams in the order they were added")
  public Response workstreams(@PathParam("id") long id, @BeanParam PageParams page) {
    return PageParams.ok(pageOf(plans.workstreams(id), page), WorkstreamView::of, uri);
  }

  @GET
  @Path("{id}/summary")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(
      summary = "The director's dashboard for today",
      description =
          "RAG counts per workstream, overdue actions, actions slipped since the last snapshot,"
              + " the next statutory deadlines and the cost range totals.")
  public SummaryView summary(@PathParam("id") long id) {
    return SummaryView.of(plans.summary(id, ImprovementPlans.today()));
  }

  @POST
  @Path("{id}/snapshots")
  @RolesAllowed({"ADMIN", "DIRECTOR"})
  @Operation(summary = "Freeze the plan for an audience on a date; snapshots never change")
  public Response freeze(@PathParam("id") long id, SnapshotInput input) {
    Inputs.required(input);
    Inputs check = Inputs.check();
    LocalDate takenOn = check.date("takenOn", input.takenOn());
    Audience audience = check.enumValue("audience", input.audience(), Audience.class);
    check.orFail("The report cannot be frozen.");
    PlanSnapshot snapshot = plans.freeze(id, takenOn, audience);
    return Response.created(uri.getAbsolutePathBuilder().path(snapshot.getId().toString()).build())
        .tag(Versions.tag(snapshot.getVersion()))
        .entity(SnapshotView.of(snapshot))
        .build();
  }

  @GET
  @Path("{id}/snapshots")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "A plan's snapshots, newest first")
  public Response snapshots(@PathParam("id") long id, @BeanParam PageParams page) {
    return PageParams.ok(pageOf(plans.snapshotsOf(id), page), SnapshotView::of, uri);
  }

  @GET
  @Path("{id}/snapshots/{snapshotId}")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "One snapshot with the actions as they were frozen")
  public SnapshotContentView snapshot(
      @PathParam("id") long id, @PathParam("snapshotId") long snapshotId) {
    PlanSnapshot snapshot = plans.getSnapshot(id, snapshotId);
    return new SnapshotContentView(
        SnapshotView.of(snapshot),
        plans.snapshotActions(snapshot).stream().map(ActionStateView::of).toList());
  }

  @GET
  @Path("{id}/snapshots/{snapshotId}/changes")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(
      summary = "What changed since an earlier snapshot",
      description = "New, completed and slipped actions and RAG changes from ?since= to this one.")
  public ChangesView changes(
      @PathParam("id") long id,
      @PathParam("snapshotId") long snapshotId,
      @QueryParam("since") Long since) {
    if (since == null) {
      throw new InvalidInputException(
          "Name the earlier snapshot.",
          List.of(new FieldError("since", "since is required: the id of the earlier snapshot.")));
    }
    return ChangesView.of(snapshotId, since, plans.changes(id, snapshotId, since));
  }

  static <T> Page<T> pageOf(List<T> all, PageParams params) {
    var request = params.request();
    int from = Math.min(request.offset(), all.size());
    int to = Math.min(from + request.size(), all.size());
    return new Page<>(all.subList(from, to), request.page(), request.size(), all.size());
  }
}
