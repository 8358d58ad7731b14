package org.ascassure.web.improvement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.ascassure.improvement.boundary.ActionChange;
import org.ascassure.improvement.boundary.ActionDetails;
import org.ascassure.improvement.boundary.ImprovementPlans;
import org.ascassure.improvement.boundary.ProgressNote;
import org.ascassure.improvement.entity.ActionStatus;
import org.ascassure.improvement.entity.ActionUpdate;
import org.ascassure.improvement.entity.ImprovementAction;
import org.ascassure.improvement.entity.Rag;
import org.ascassure.platform.boundary.FieldError;
import org.ascassure.web.improvement.ImprovementViews.ActionView;
import org.ascassure.web.improvement.ImprovementViews.HistoryView;
import org.ascassure.web.improvement.ImprovementViews.UpdateView;
import org.ascassure.web.platform.Inputs;
import org.ascassure.web.platform.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * One action: members read; directors and administrators change anything; a lead changes the status
 * and progress of actions they own (owner = the lead's username).
 */
@Path("v1/actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class ActionsResource {

  /**
   * An action as clients send it. On create, status and progress are ignored (an action starts
   * NOT_STARTED at 0%); on update the whole action is sent back as read.
   */
  public record ActionInput(
      String title,
      String description,
      String owner,
      String startOn,
      String dueOn,
      List<String> statementCodes,
      List<Long> findingIds,
      String milestones,
      String status,
      Integer percentComplete,
      String blockedReason,
      OverrideInput ragOverride) {}

  /** A director's override of the computed RAG, with the reason. */
  public record OverrideInput(String colour, String reason) {}

  /** A progress note; status and percent optional. */
  public record UpdateInput(
      String writtenOn,
      String note,
      String status,
      Integer percentComplete,
      String blockedReason) {}

  @Inject ImprovementPlans plans;

  @Context UriInfo uri;

  @GET
  @Path("{id}")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "One action with its RAG, the reason, and any override beside it")
  public Response one(@PathParam("id") long id) {
    ImprovementAction action = plans.getAction(id);
    return Response.ok(ActionView.of(action, plans)).tag(Versions.tag(action.getVersion())).build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({"ADMIN", "DIRECTOR", "LEAD"})
  @Operation(
      summary = "Change an action; needs If-Match",
      description =
          "Directors change anything; the owning lead only status, percentComplete and"
              + " blockedReason (the rest must be sent back unchanged).")
  public Response change(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      ActionInput input) {
    long expected = Versions.fromIfMatch(ifMatch);
    Inputs check = check();
    ActionDetails details = details(input, check);
    ActionStatus status = check.enumValue("status", input.status(), ActionStatus.class);
    if (input.percentComplete() == null) {
      check.add(new FieldError("percentComplete", "percentComplete is required: 0 to 100."));
    }
    Rag override = null;
    String overrideReason = null;
    if (input.ragOverride() != null && input.ragOverride().colour() != null) {
      override = check.enumValue("ragOverride.colour", input.ragOverride().colour(), Rag.class);
      overrideReason = input.ragOverride().reason();
    }
    check.orFail("The action cannot be changed.");
    ImprovementAction action =
        plans.changeAction(
            id,
            expected,
            new ActionChange(
                details,
                status,
                input.percentComplete(),
                input.blockedReason(),
                override,
                overrideReason));
    return Response.ok(ActionView.of(action, plans)).tag(Versions.tag(action.getVersion())).build();
  }

  @POST
  @Path("{id}/updates")
  @RolesAllowed({"ADMIN", "DIRECTOR", "LEAD"})
  @Operation(summary = "Add a dated progress note, optionally with the new status and percent")
  public Response addUpdate(@PathParam("id") long id, UpdateInput input) {
    Inputs.required(input);
    Inputs check = Inputs.check();
    ActionStatus status =
        input.status() == null
            ? null
            : check.enumValue("status", input.status(), ActionStatus.class);
    var writtenOn = check.date("writtenOn", input.writtenOn());
    check.orFail("The progress update cannot be recorded.");
    ActionUpdate update =
        plans.reportProgress(
            id,
            new ProgressNote(
                writtenOn, input.note(), status, input.percentComplete(), input.blockedReason()));
    return Response.created(
            uri.getBaseUriBuilder().path(ActionsResource.class).path(id + "/history").build())
        .tag(Versions.tag(update.getAction().getVersion()))
        .entity(UpdateView.of(update))
        .build();
  }

  @GET
  @Path("{id}/history")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "The action's history: progress notes and recorded changes, newest first")
  public List<HistoryView> history(@PathParam("id") long id) {
    return plans.history(id).stream().map(HistoryView::of).toList();
  }

  static Inputs check() {
    return Inputs.check();
  }

  static ActionDetails details(ActionInput input, Inputs check) {
    Inputs.required(input);
    var start = check.date("startOn", input.startOn());
    var due = check.date("dueOn", input.dueOn());
    return new ActionDetails(
        input.title(),
        input.description(),
        input.owner(),
        start,
        due,
        input.statementCodes(),
        input.findingIds(),
        input.milestones());
  }
}
