package org.ascassure.web.provider;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ascassure.provider.boundary.ProviderImports;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** An import job, polled while it runs. */
@Path("v1/provider-imports")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ProviderImportJobsResource {

  @Inject ProviderImports imports;

  @GET
  @Path("{id}")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "An import: RUNNING with its counts so far, then DONE or FAILED")
  public ProviderViews.ImportView one(@PathParam("id") long id) {
    return ProviderViews.ImportView.of(imports.get(id));
  }
}
