package org.ascassure.web.provider;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.ascassure.provider.boundary.Providers;
import org.ascassure.provider.entity.SupportEpisode;
import org.ascassure.web.platform.Inputs;
import org.ascassure.web.platform.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** One support episode: its team, dates and notes change (e.g. when support ends). */
@Path("v1/support-episodes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class SupportEpisodeResource {

  @Inject Providers providers;

  @GET
  @Path("{id}")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "One support episode; the ETag is what a change must send")
  public Response one(@PathParam("id") long id) {
    SupportEpisode episode = providers.getEpisode(id);
    return Response.ok(ProviderViews.EpisodeView.of(episode))
        .tag(Versions.tag(episode.getVersion()))
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "Change a support episode (e.g. its end date); needs If-Match")
  public Response update(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      ProviderInputs.EpisodeInput input) {
    long expected = Versions.fromIfMatch(ifMatch);
    ProviderInputs.EpisodeInput in = Inputs.required(input);
    Inputs check = Inputs.check();
    LocalDate started = check.date("startedOn", in.startedOn());
    LocalDate ended = check.date("endedOn", in.endedOn());
    check.orFail("The support episode is not valid.");
    SupportEpisode episode =
        providers.changeEpisode(id, expected, in.team(), started, ended, in.notes());
    return Response.ok(ProviderViews.EpisodeView.of(episode))
        .tag(Versions.tag(episode.getVersion()))
        .build();
  }
}
