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
import org.ascassure.provider.boundary.FindingThemes;
import org.ascassure.provider.entity.FindingTheme;
import org.ascassure.web.platform.Inputs;
import org.ascassure.web.platform.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** One finding theme: its name and training offer. */
@Path("v1/finding-themes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class ThemesResource {

  @Inject FindingThemes themes;

  @GET
  @Path("{id}")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "One finding theme; the ETag is what a change must send")
  public Response one(@PathParam("id") long id) {
    return ok(themes.getTheme(id));
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "Rename a theme or change its training offer; needs If-Match")
  public Response update(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      ProviderInputs.ThemeInput input) {
    long expected = Versions.fromIfMatch(ifMatch);
    ProviderInputs.ThemeInput in = Inputs.required(input);
    return ok(themes.update(id, expected, in.name(), in.trainingOffer()));
  }

  private static Response ok(FindingTheme theme) {
    return Response.ok(ProviderViews.ThemeView.of(theme))
        .tag(Versions.tag(theme.getVersion()))
        .build();
  }
}
