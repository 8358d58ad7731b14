package org.ascassure.web.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.ascassure.review.boundary.Reviews;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** What an auditor should look at next. */
@Path("v1/councils/{councilId}/review-queue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class ReviewQueueResource {

  @Inject Reviews reviews;

  @Context UriInfo uri;

  @GET
  @RolesAllowed({"ADMIN", "AUDITOR"})
  @Operation(
      summary = "What an auditor should look at next",
      description =
          "Answers awaiting a decision, then evidence and narratives never reviewed or changed"
              + " since the last verdict.")
  public List<Reviews.QueueEntry> list(@PathParam("councilId") long councilId) {
    return reviews.queue(councilId);
  }
}
