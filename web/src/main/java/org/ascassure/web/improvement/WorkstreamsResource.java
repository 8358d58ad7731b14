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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.ascassure.improvement.boundary.ActionDetails;
import org.ascassure.improvement.boundary.HighlightReports;
import org.ascassure.improvement.boundary.ImprovementPlans;
import org.ascassure.improvement.entity.HighlightReport;
import org.ascassure.improvement.entity.ImprovementAction;
import org.ascassure.web.improvement.HighlightReportsResource.HighlightReportInput;
import org.ascassure.web.improvement.HighlightReportsResource.HighlightReportView;
import org.ascassure.web.improvement.ImprovementViews.ActionView;
import org.ascassure.web.platform.Inputs;
import org.ascassure.web.platform.PageParams;
import org.ascassure.web.platform.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A workstream's actions and highlight reports. */
@Path("v1/workstreams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class WorkstreamsResource {

  @Inject ImprovementPlans plans;

  @Inject HighlightReports highlights;

  @Context UriInfo uri;

  @POST
  @Path("{id}/actions")
  @RolesAllowed({"ADMIN", "DIRECTOR"})
  @Operation(summary = "Add an action to a workstream; the owner is a username")
  public Response addAction(@PathParam("id") long id, ActionsResource.ActionInput input) {
    Inputs check = Inputs.check();
    ActionDetails details = ActionsResource.details(input, check);
    check.orFail("The action cannot be added.");
    ImprovementAction action = plans.addAction(id, details);
    return Response.created(
            uri.getBaseUriBuilder()
                .path(ActionsResource.class)
                .path(action.getId().toString())
                .build())
        .tag(Versions.tag(action.getVersion()))
        .entity(ActionView.of(action, plans))
        .build();
  }

  @GET
  @Path("{id}/actions")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "A workstream's actions by due date, each with its RAG and reason")
  public Response actions(@PathParam("id") long id, @BeanParam PageParams page) {
    return PageParams.ok(
        ImprovementPlansResource.pageOf(plans.actions(id), page),
        a -> ActionView.of(a, plans),
        uri);
  }

  @POST
  @Path("{id}/highlight-reports")
  @RolesAllowed({"ADMIN", "DIRECTOR"})
  @Operation(
      summary = "Write the workstream's highlight report for a period (one per period)",
      description =
          "period is a month (2026-11) or a quarter (2026-Q4); a second report for the same"
              + " period is refused (409). A chosen RAG that differs from the computed one needs"
              + " ragReason.")
  public Response addHighlightReport(@PathParam("id") long id, HighlightReportInput input) {
    HighlightReport report =
        highlights.write(
            id, HighlightReportsResource.details(input, "The highlight report cannot be saved."));
    return Response.created(
            uri.getBaseUriBuilder()
                .path(HighlightReportsResource.class)
                .path(report.getId().toString())
                .build())
        .tag(Versions.tag(report.getVersion()))
        .entity(HighlightReportView.of(report))
        .build();
  }

  @GET
  @Path("{id}/highlight-reports")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "The workstream's highlight reports, latest period first")
  public Response highlightReports(@PathParam("id") long id, @BeanParam PageParams page) {
    return PageParams.ok(
        ImprovementPlansResource.pageOf(highlights.ofWorkstream(id), page),
        HighlightReportView::of,
        uri);
  }
}
