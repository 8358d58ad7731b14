package org.ascassure.web.kpi;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ascassure.kpi.boundary.Kpis;
import org.ascassure.kpi.entity.KpiSubmission;
import org.ascassure.web.kpi.KpiViews.SubmissionView;
import org.ascassure.web.platform.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** One submission with its revisions, and correcting it. */
@Path("v1/kpi-submissions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class KpiSubmissionsResource {

  @Inject Kpis kpis;

  @GET
  @Path("{id}")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(
      summary = "A submission as it stands, with every revision; its ETag is needed to correct it")
  public Response get(@PathParam("id") long id) {
    KpiSubmission submission = kpis.getSubmission(id);
    return Response.ok(SubmissionView.of(submission, kpis.revisions(id)))
        .tag(Versions.tag(submission.getVersion()))
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR"})
  @Operation(
      summary =
          "Correct a submission (If-Match): the figures become its next revision and count from"
              + " now on; earlier revisions are kept")
  public Response correct(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      KpisResource.SubmissionInput input) {
    long expected = Versions.fromIfMatch(ifMatch);
    KpiSubmission submission = kpis.correct(id, expected, KpisResource.details(input));
    return Response.ok(SubmissionView.of(submission, kpis.revisions(id)))
        .tag(Versions.tag(submission.getVersion()))
        .build();
  }
}
