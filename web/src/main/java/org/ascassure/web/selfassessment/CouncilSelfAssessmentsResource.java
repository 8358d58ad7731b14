package org.ascassure.web.selfassessment;

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
import org.ascassure.selfassessment.boundary.SelfAssessments;
import org.ascassure.selfassessment.entity.SelfAssessment;
import org.ascassure.web.platform.Inputs;
import org.ascassure.web.platform.PageParams;
import org.ascassure.web.platform.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A council's self-assessments: members read; leads and directors start new ones. */
@Path("v1/councils/{councilId}/self-assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class CouncilSelfAssessmentsResource {

  /** A new self-assessment; the framework defaults to cqc-la-2023. */
  public record SelfAssessmentInput(String framework, String title, String periodLabel) {}

  @Inject SelfAssessments selfAssessments;

  @Context UriInfo uri;

  @POST
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR"})
  @Operation(
      summary = "Start a self-assessment",
      description =
          "Creates a draft with an empty narrative for every part the framework calls for.")
  public Response create(@PathParam("councilId") long councilId, SelfAssessmentInput input) {
    Inputs.required(input);
    SelfAssessment sa =
        selfAssessments.create(
            councilId,
            new SelfAssessments.Details(input.framework(), input.title(), input.periodLabel()));
    return Response.created(
            uri.getBaseUriBuilder()
                .path(SelfAssessmentsResource.class)
                .path(sa.getId().toString())
                .build())
        .tag(Versions.tag(sa.getVersion()))
        .entity(SelfAssessmentViews.Detail.of(sa))
        .build();
  }

  @GET
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "A council's self-assessments, newest first")
  public Response ofCouncil(@PathParam("councilId") long councilId, @BeanParam PageParams page) {
    return PageParams.ok(
        selfAssessments.ofCouncil(councilId, page.request()), SelfAssessmentViews.Summary::of, uri);
  }
}
