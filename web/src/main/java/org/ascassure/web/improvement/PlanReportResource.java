package org.ascassure.web.improvement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.ascassure.reports.improvement.PlanReport;
import org.ascassure.reports.improvement.PlanReportPdf;
import org.ascassure.reports.improvement.PlanReports;
import org.ascassure.reports.platform.TaggedPdf;
import org.ascassure.web.platform.Downloads;
import org.ascassure.web.platform.Inputs;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A frozen report of an improvement plan as the document sent to DHSC or the scrutiny committee.
 * Whoever may read the plan may download it.
 */
@Path("v1/improvement-plans/{id}/snapshots/{snapshotId}/document")
@RequestScoped
public class PlanReportResource {

  @Inject PlanReports reports;

  @GET
  @Produces({TaggedPdf.MEDIA_TYPE, "application/problem+json"})
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(
      summary = "Download a frozen report as a document",
      description =
          "format=pdf (default): tagged PDF (PDF/UA-1) with the RAG summary, each workstream's"
              + " actions, what changed since the previous snapshot and the statutory deadlines,"
              + " e.g. fernshire-improvement-report-2026-03-31.pdf.")
  @APIResponse(
      responseCode = "200",
      description = "The report, as an attachment",
      content = @Content(mediaType = TaggedPdf.MEDIA_TYPE))
  public Response download(
      @PathParam("id") long id,
      @PathParam("snapshotId") long snapshotId,
      @QueryParam("format") @DefaultValue("pdf") String format) {
    Inputs check = Inputs.check();
    Downloads.format(check, format, "pdf");
    check.orFail("The report cannot be made.");
    PlanReport report = reports.of(id, snapshotId);
    return Downloads.of(
        PlanReportPdf.render(report), TaggedPdf.MEDIA_TYPE, PlanReportPdf.fileName(report));
  }
}
