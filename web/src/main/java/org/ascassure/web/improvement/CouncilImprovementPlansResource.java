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
import org.ascassure.improvement.boundary.ImprovementPlans;
import org.ascassure.improvement.boundary.PlanDetails;
import org.ascassure.improvement.entity.ImprovementPlan;
import org.ascassure.web.improvement.ImprovementViews.PlanView;
import org.ascassure.web.platform.Inputs;
import org.ascassure.web.platform.PageParams;
import org.ascassure.web.platform.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A council's improvement plans: members read; directors and administrators create. */
@Path("v1/councils/{councilId}/improvement-plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class CouncilImprovementPlansResource {

  /** A plan as clients send it. */
  public record PlanInput(String title, Long assessmentId) {}

  @Inject ImprovementPlans plans;

  @Context UriInfo uri;

  @POST
  @RolesAllowed({"ADMIN", "DIRECTOR"})
  @Operation(summary = "Start an improvement plan, usually answering one assessment")
  public Response create(@PathParam("councilId") long councilId, PlanInput input) {
    Inputs.required(input);
    ImprovementPlan plan =
        plans.createPlan(councilId, new PlanDetails(input.title(), input.assessmentId()));
    return Response.created(
            uri.getBaseUriBuilder()
                .path(ImprovementPlansResource.class)
                .path(plan.getId().toString())
                .build())
        .tag(Versions.tag(plan.getVersion()))
        .entity(PlanView.of(plan))
        .build();
  }

  @GET
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "A council's improvement plans, newest first")
  public Response list(@PathParam("councilId") long councilId, @BeanParam PageParams page) {
    return PageParams.ok(plans.plansOf(councilId, page.request()), PlanView::of, uri);
  }
}
