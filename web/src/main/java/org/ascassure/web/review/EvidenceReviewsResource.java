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

/** Auditors' verdicts on one evidence item. */
@Path("v1/evidence/{id}/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class EvidenceReviewsResource {

  @Inject Reviews reviews;

  @Context UriInfo uri;

  @POST
  @RolesAllowed({"ADMIN", "AUDITOR"})
  @Operation(summary = "Record an auditor's verdict on an evidence item")
  public Response record(@PathParam("id") long id, ReviewsResource.VerdictInput input) {
    Inputs.required(input);
    return ReviewsResource.created(
        uri, reviews.onEvidence(id, ReviewsResource.verdict(input), input.text()));
  }

  @GET
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "The verdicts on an evidence item, newest first, with their threads")
  public List<ReviewView> list(@PathParam("id") long id) {
    return reviews.ofEvidence(id).stream().map(ReviewView::of).toList();
  }
}
