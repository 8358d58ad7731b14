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
import java.util.List;
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

  /**
   * A plan as clients send it. With {@code fromFindings} the plan is drafted from the assessment's
   * areas for improvement ({@code findingIds} chooses some; none means all) and the title may be
   * left out.
   */
  public record PlanInput(
      String title, Long assessmentId, Boolean fromFindings, List<Long> findingIds) {}

  @Inject ImprovementPlans plans;

  @Context UriInfo uri;

  @POST
  @RolesAllowed({"ADMIN", "DIRECTOR"})
  @Operation(
      summary = "Start an improvement plan, usually answering one assessment",
      description =
          "With fromFindings: true the plan is drafted from the assessment's areas for"
              + " improvement: a workstream per theme that has any and an action per area, linked"
              + " to its finding and statement, owned by the caller, starting today and due at"
              + " the stage 2 action-plan review while that is ahead (else in three months)."
              + " findingIds chooses some of the areas; none means all. An assessment of another"
              + " council is 404; one without areas for improvement is 400.")
  public Response create(@PathParam("councilId") long councilId, PlanInput input) {
    Inputs.required(input);
    PlanDetails details = new PlanDetails(input.title(), input.assessmentId());
    ImprovementPlan plan =
        Boolean.TRUE.equals(input.fromFindings())
            ? plans.startFromAssessment(councilId, details, input.findingIds())
            : plans.createPlan(councilId, details);
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
