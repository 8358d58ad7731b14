package org.ascassure.web.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import org.ascassure.review.boundary.Reviews;
import org.ascassure.web.platform.Inputs;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Auditors' verdicts on one narrative of a self-assessment. */
@Path("v1/self-assessments/{id}/narratives/{slot}/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class NarrativeReviewsResource {

  @Inject Reviews reviews;

  @Context UriInfo uri;

  @POST
  @RolesAllowed({"ADMIN", "AUDITOR"})
  @Operation(summary = "Record an auditor's verdict on a narrative")
  public Response record(
      @PathParam("id") long id,
      @PathParam("slot") String slot,
      ReviewsResource.VerdictInput input) {
    Inputs.required(input);
    return ReviewsResource.created(
        uri, reviews.onNarrative(id, slot, ReviewsResource.verdict(input), input.text()));
  }

  @GET
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "The verdicts on a narrative, newest first, with their threads")
  public List<ReviewView> list(@PathParam("id") long id, @PathParam("slot") String slot) {
    return reviews.ofNarrative(id, slot).stream().map(ReviewView::of).toList();
  }
}
