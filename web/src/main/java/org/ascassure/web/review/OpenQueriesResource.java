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

/** What leads have to answer. */
@Path("v1/councils/{councilId}/open-queries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class OpenQueriesResource {

  @Inject Reviews reviews;

  @Context UriInfo uri;

  @GET
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(
      summary = "Open queries and rejections at a council, oldest first",
      description = "`answered` tells whether the newest word is no longer the auditor's.")
  public List<ReviewView> list(@PathParam("councilId") long councilId) {
    return reviews.open(councilId).stream().map(ReviewView::of).toList();
  }
}
