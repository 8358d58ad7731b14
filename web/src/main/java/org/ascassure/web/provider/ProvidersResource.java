package org.ascassure.web.provider;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.ascassure.provider.boundary.Providers;
import org.ascassure.provider.entity.Provider;
import org.ascassure.provider.entity.ProviderRating;
import org.ascassure.provider.entity.Rating;
import org.ascassure.web.platform.Inputs;
import org.ascassure.web.platform.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** One provider and its rating history: members read; leads, directors, administrators write. */
@Path("v1/providers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class ProvidersResource {

  @Inject Providers providers;

  @Context UriInfo uri;

  @GET
  @Path("{id}")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "One provider with its ratings; the ETag is what a change must send")
  public Response one(@PathParam("id") long id) {
    return ok(providers.get(id));
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "Change a provider's details; needs If-Match with the ETag read")
  public Response update(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      ProviderInputs.ProviderInput input) {
    long expected = Versions.fromIfMatch(ifMatch);
    return ok(providers.update(id, expected, Inputs.required(input).details()));
  }

  @GET
  @Path("{id}/ratings")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "A provider's ratings, oldest first")
  public List<ProviderViews.RatingView> ratings(@PathParam("id") long id) {
    return providers.get(id).getRatings().stream().map(ProviderViews.RatingView::of).toList();
  }

  @POST
  @Path("{id}/ratings")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(
      summary = "Record a rating CQC published",
      description =
          "overall and each key question (SAFE, EFFECTIVE, CARING, RESPONSIVE, WELL_LED) are"
              + " OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE or NOT_YET_RATED; one"
              + " rating per date.")
  public Response rate(@PathParam("id") long id, ProviderInputs.RatingInput input) {
    ProviderInputs.RatingInput in = Inputs.required(input);
    Inputs check = Inputs.check();
    var ratedOn = in.date(check);
    Rating overall = check.enumValue("overall", in.overall(), Rating.class);
    var questions = in.keyQuestions(check);
    check.orFail("The rating is not valid.");
    ProviderRating rating = providers.rate(id, ratedOn, overall, questions);
    return Response.created(
            uri.getBaseUriBuilder().path(ProvidersResource.class).path(id + "/ratings").build())
        .entity(ProviderViews.RatingView.of(rating))
        .build();
  }

  private static Response ok(Provider provider) {
    return Response.ok(ProviderViews.ProviderView.of(provider))
        .tag(Versions.tag(provider.getVersion()))
        .build();
  }
}
