package org.ascassure.web.provider;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.ascassure.provider.boundary.Providers;
import org.ascassure.provider.entity.Provider;
import org.ascassure.provider.entity.ServiceType;
import org.ascassure.web.platform.Inputs;
import org.ascassure.web.platform.PageParams;
import org.ascassure.web.platform.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A council's providers: members read; leads, directors and administrators add (the domain decides
 * by the caller's role at this council).
 */
@Path("v1/councils/{councilId}/providers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class CouncilProvidersResource {

  @Inject Providers providers;

  @Context UriInfo uri;

  @GET
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(
      summary = "A council's providers by name",
      description = "q matches the name, the CQC location id or the area; serviceType is a code.")
  public Response list(
      @PathParam("councilId") long councilId,
      @QueryParam("q") String text,
      @QueryParam("serviceType") String serviceType,
      @BeanParam PageParams page) {
    Inputs check = Inputs.check();
    ServiceType type =
        serviceType == null || serviceType.isBlank()
            ? null
            : check.enumValue("serviceType", serviceType, ServiceType.class);
    check.orFail("The search is not valid.");
    return PageParams.ok(
        providers.search(councilId, text, type, page.request()),
        ProviderViews.ProviderView::of,
        uri);
  }

  @POST
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(
      summary = "Add a provider (a CQC location)",
      description = "The CQC location id is unique within the council.")
  public Response create(
      @PathParam("councilId") long councilId, ProviderInputs.ProviderInput input) {
    Provider provider = providers.create(councilId, Inputs.required(input).details());
    return Response.created(
            uri.getBaseUriBuilder()
                .path(ProvidersResource.class)
                .path(provider.getId().toString())
                .build())
        .tag(Versions.tag(provider.getVersion()))
        .entity(ProviderViews.ProviderView.of(provider))
        .build();
  }
}
