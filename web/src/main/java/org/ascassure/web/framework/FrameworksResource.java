package org.ascassure.web.framework;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.ascassure.framework.boundary.FrameworkCatalogue;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The assessment frameworks: read-only. */
@Path("v1/frameworks")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
public class FrameworksResource {

  @Inject FrameworkCatalogue catalogue;

  @GET
  @Operation(summary = "The frameworks councils can be assessed against")
  public List<FrameworkViews.Summary> all() {
    return catalogue.all().stream().map(FrameworkViews.Summary::of).toList();
  }

  @GET
  @Path("{code}")
  @Operation(summary = "A whole framework: themes, statements, categories, scale and bands")
  public FrameworkViews.Detail one(@PathParam("code") String code) {
    return FrameworkViews.Detail.of(catalogue.getByCode(code));
  }
}
