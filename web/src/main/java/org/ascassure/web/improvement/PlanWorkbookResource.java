package org.ascassure.web.improvement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ascassure.reports.improvement.PlanReport;
import org.ascassure.reports.improvement.PlanReportXlsx;
import org.ascassure.reports.improvement.PlanReports;
import org.ascassure.reports.platform.FileNames;
import org.ascassure.reports.sheet.Sheets;
import org.ascassure.web.platform.StreamedDownloads;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A frozen snapshot's progress report as an Excel workbook (the PDF is {@code /document}). */
@Path("v1/improvement-plans/{id}/snapshots/{snapshotId}/workbook")
@RequestScoped
public class PlanWorkbookResource {

  @Inject PlanReports reports;

  @GET
  @Produces(MediaType.WILDCARD)
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(
      summary = "A snapshot's progress report as Excel (.xlsx)",
      description =
          "Summary (RAG counts per workstream, cost range totals, statutory deadlines ahead),"
              + " every action with its workstream, and what changed since the previous"
              + " snapshot; dates as dates, percent complete as percents.")
  public Response workbook(@PathParam("id") long id, @PathParam("snapshotId") long snapshotId) {
    PlanReport report = reports.of(id, snapshotId);
    return StreamedDownloads.of(
        out -> PlanReportXlsx.write(report, out),
        Sheets.MEDIA_TYPE,
        FileNames.of(report.council(), "xlsx", "improvement-plan", report.takenOn().toString()));
  }
}
