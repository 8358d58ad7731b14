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
import java.util.List;
import org.ascassure.provider.boundary.FindingThemes;
import org.ascassure.provider.entity.FindingTheme;
import org.ascassure.web.platform.Inputs;
import org.ascassure.web.platform.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A council's inspection-finding themes with the tally of issues under each. */
@Path("v1/councils/{councilId}/finding-themes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class FindingThemesResource {

  @Inject FindingThemes themes;

  @Context UriInfo uri;

  @GET
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(
      summary = "The council's finding themes, each with its training offer and issue count",
      description =
          "A council starts with nineteen default themes, stored the first time a lead,"
              + " director or administrator lists them.")
  public List<ProviderViews.ThemeView> list(@PathParam("councilId") long councilId) {
    return themes.tally(councilId).stream().map(ProviderViews.ThemeView::of).toList();
  }

  @POST
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "Add a finding theme")
  public Response create(@PathParam("councilId") long councilId, ProviderInputs.ThemeInput input) {
    ProviderInputs.ThemeInput in = Inputs.required(input);
    FindingTheme theme = themes.create(councilId, in.name(), in.trainingOffer());
    return Response.created(
            uri.getBaseUriBuilder()
                .path(ThemesResource.class)
                .path(theme.getId().toString())
                .build())
        .tag(Versions.tag(theme.getVersion()))
        .entity(ProviderViews.ThemeView.of(theme))
        .build();
  }
}
