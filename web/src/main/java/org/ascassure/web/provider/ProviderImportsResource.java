package org.ascassure.web.provider;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.ascassure.provider.boundary.ProviderImports;
import org.ascassure.provider.entity.ProviderImport;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Starting an import of a CQC care directory file (the file is the raw request body). */
@Path("v1/councils/{councilId}/provider-imports")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ProviderImportsResource {

  @Inject ProviderImports imports;

  @Context UriInfo uri;

  @POST
  // any declared type: spreadsheets and scripts label CSV as text/csv, text/plain or octet-stream
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(
      summary = "Import a CQC care directory CSV file (text/csv body); answers 202 with the job",
      description =
          "Columns are found by header name (Location ID, Location Name, Location Latest Overall"
              + " Rating, Publication Date, Location HSCA start date, Service type - ..., Ward,"
              + " Safe ... Well-led, Contracted), whatever the case or spacing; other columns are"
              + " ignored. A file without a location id column is refused (400). The rows are"
              + " written in the background: follow the Location to see the counts and the rows"
              + " that could not be used, each with its row number and reason. Importing the"
              + " same file again changes nothing.")
  public Response start(
      @PathParam("councilId") long councilId,
      @QueryParam("filename") String fileName,
      String content) {
    ProviderImport job = imports.start(councilId, fileName, content);
    return Response.accepted(ProviderViews.ImportView.of(job))
        .location(
            uri.getBaseUriBuilder()
                .path(ProviderImportJobsResource.class)
                .path(job.getId().toString())
                .build())
        .build();
  }
}
