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
import org.ascassure.review.boundary.Reviews;
import org.ascassure.review.entity.Review;
import org.ascassure.review.entity.Verdict;
import org.ascassure.web.platform.Inputs;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * One review and its thread: leads, directors and auditors reply; auditors resolve. Verdicts are
 * recorded on their target (evidence or narrative).
 */
@Path("v1/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class ReviewsResource {

  /** A verdict: ACCEPTED, QUERIED with the question, REJECTED with the reason. */
  public record VerdictInput(String verdict, String text) {}

  /** A reply in a thread. */
  public record ReplyInput(String text) {}

  /** Why a review is closed, if the auditor wishes to say. */
  public record ResolutionInput(String note) {}

  @Inject Reviews reviews;

  @Context UriInfo uri;

  @GET
  @Path("{id}")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "One review with its thread")
  public ReviewView one(@PathParam("id") long id) {
    return ReviewView.of(reviews.get(id));
  }

  @POST
  @Path("{id}/replies")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "Answer a query or rejection (leads), or follow it up (auditors)")
  public Response reply(@PathParam("id") long id, ReplyInput input) {
    Inputs.required(input);
    reviews.reply(id, input.text());
    return Response.status(Response.Status.CREATED).entity(ReviewView.of(reviews.get(id))).build();
  }

  @POST
  @Path("{id}/resolution")
  @RolesAllowed({"ADMIN", "AUDITOR"})
  @Operation(summary = "Close a query or rejection (auditors)")
  public ReviewView resolve(@PathParam("id") long id, ResolutionInput input) {
    return ReviewView.of(reviews.resolve(id, input == null ? null : input.note()));
  }

  static Response created(UriInfo uri, Review review) {
    return Response.created(
            uri.getBaseUriBuilder().path("v1/reviews").path(review.getId().toString()).build())
        .entity(ReviewView.of(review))
        .build();
  }

  static Verdict verdict(VerdictInput input) {
    Inputs check = Inputs.check();
    Verdict verdict = check.enumValue("verdict", input.verdict(), Verdict.class);
    check.orFail("The verdict cannot be recorded.");
    return verdict;
  }
}
