package org.ascassure.web.improvement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.ascassure.reports.improvement.PlanReport;
import org.ascassure.reports.improvement.PlanReportXlsx;
import org.ascassure.reports.improvement.PlanReports;
import org.ascassure.reports.sheet.Sheets;
import org.ascassure.web.platform.StreamedDownloads;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A frozen snapshot's progress report as an Excel workbook (the PDF is {@code /document}). */
@Path("v1/improvement-plans/{id}/snapshots/{snapshotId}/workbook")
@RequestScoped
public class PlanWorkbookResource {

  @Inject PlanReports reports;

  @GET
  @Produces({Sheets.MEDIA_TYPE, "application/problem+json"})
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(
      summary = "A snapshot's progress report as Excel (.xlsx)",
      description =
          "Summary (the RAG summary as a table, RAG counts and cost ranges per workstream,"
              + " statutory deadlines ahead, overdue actions), a sheet per workstream with its"
              + " actions, every action on one filterable sheet, and what changed since the"
              + " previous snapshot; dates as dates, percent complete as percents. Named as the"
              + " PDF is, e.g. fernshire-improvement-report-2026-03-31.xlsx.")
  @APIResponse(
      responseCode = "200",
      description = "The workbook, as an attachment",
      content = @Content(mediaType = Sheets.MEDIA_TYPE))
  public Response workbook(@PathParam("id") long id, @PathParam("snapshotId") long snapshotId) {
    PlanReport report = reports.of(id, snapshotId);
    return StreamedDownloads.of(
        out -> PlanReportXlsx.write(report, out),
        Sheets.MEDIA_TYPE,
        PlanReportXlsx.fileName(report));
  }
}
