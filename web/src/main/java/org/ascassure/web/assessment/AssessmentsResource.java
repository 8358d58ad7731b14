package org.ascassure.web.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ascassure.assessment.boundary.Assessments;
import org.ascassure.assessment.entity.Assessment;
import org.ascassure.web.platform.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** One assessment by its id: anyone signed in reads. */
@Path("v1/assessments")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class AssessmentsResource {

  @Inject Assessments assessments;

  @GET
  @Path("{id}")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "One assessment with its computed outcome")
  public Response one(@PathParam("id") long id) {
    Assessment assessment = assessments.get(id);
    return Response.ok(AssessmentView.of(assessment))
        .tag(Versions.tag(assessment.getVersion()))
        .build();
  }
}
