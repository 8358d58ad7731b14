package org.ascassure.web.provider;

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
import java.time.LocalDate;
import java.util.List;
import org.ascassure.platform.boundary.FieldError;
import org.ascassure.platform.boundary.NotFoundException;
import org.ascassure.provider.boundary.Providers;
import org.ascassure.provider.entity.SupportEpisode;
import org.ascassure.web.platform.Inputs;
import org.ascassure.web.platform.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Improvement support episodes at a council's providers. */
@Path("v1/councils/{councilId}/support-episodes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class SupportEpisodesResource {

  @Inject Providers providers;

  @Context UriInfo uri;

  @GET
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(
      summary = "Improvement support episodes, newest first, with ratings before and after",
      description =
          "ratingBefore is the rating in force when support started; ratingAfter the first"
              + " published after it started (null while there is none).")
  public List<ProviderViews.EpisodeView> list(@PathParam("councilId") long councilId) {
    return providers.episodes(councilId).stream().map(ProviderViews.EpisodeView::of).toList();
  }

  @POST
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "Record improvement support given to a provider")
  public Response create(
      @PathParam("councilId") long councilId, ProviderInputs.EpisodeInput input) {
    ProviderInputs.EpisodeInput in = Inputs.required(input);
    Inputs check = Inputs.check();
    if (in.providerId() == null) {
      check.add(new FieldError("providerId", "providerId is required."));
    }
    LocalDate started = check.date("startedOn", in.startedOn());
    LocalDate ended = check.date("endedOn", in.endedOn());
    check.orFail("The support episode is not valid.");
    if (providers.get(in.providerId()).councilId() != councilId) {
      throw new NotFoundException("Provider", in.providerId());
    }
    SupportEpisode episode =
        providers.startEpisode(in.providerId(), in.team(), started, ended, in.notes());
    return Response.created(
            uri.getBaseUriBuilder()
                .path(SupportEpisodeResource.class)
                .path(episode.getId().toString())
                .build())
        .tag(Versions.tag(episode.getVersion()))
        .entity(ProviderViews.EpisodeView.of(episode))
        .build();
  }
}
