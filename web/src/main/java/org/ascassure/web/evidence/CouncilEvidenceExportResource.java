package org.ascassure.web.evidence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.ascassure.evidence.boundary.EvidenceFilter;
import org.ascassure.platform.control.Csv;
import org.ascassure.reports.evidence.EvidenceExports;
import org.ascassure.reports.platform.FileNames;
import org.ascassure.reports.sheet.Sheets;
import org.ascassure.web.platform.Inputs;
import org.ascassure.web.platform.StreamedDownloads;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A council's evidence bank as a spreadsheet, filtered as the search is. */
@Path("v1/councils/{councilId}/evidence/export")
@RequestScoped
public class CouncilEvidenceExportResource {

  @Inject EvidenceExports exports;

  @GET
  @Produces({Sheets.MEDIA_TYPE, Csv.MEDIA_TYPE, "application/problem+json"})
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(
      summary = "Export a council's evidence bank as Excel (format=xlsx) or CSV (format=csv)",
      description =
          "Every field of every item matching the same filters as the search (q, category,"
              + " statement, status, owner), by reference. The file is streamed as it is read."
              + " CSV is UTF-8 with a byte order mark; cells that look like formulas are made"
              + " text.")
  @APIResponse(
      responseCode = "200",
      description = "The export, as an attachment",
      content = {
        @Content(mediaType = Sheets.MEDIA_TYPE),
        @Content(mediaType = Csv.MEDIA_TYPE + "; charset=UTF-8")
      })
  public Response export(
      @PathParam("councilId") long councilId,
      @BeanParam CouncilEvidenceResource.Filter filter,
      @QueryParam("format") @DefaultValue("xlsx") String format) {
    Inputs check = Inputs.check();
    EvidenceExports.Format chosen = check.enumValue("format", format, EvidenceExports.Format.class);
    check.orFail("The export is not valid.");
    EvidenceFilter search = filter.filter();
    String council = exports.councilName(councilId);
    return StreamedDownloads.of(
        out -> exports.write(councilId, search, chosen, out),
        chosen.mediaType(),
        FileNames.of(council, chosen.extension(), "evidence"));
  }
}
