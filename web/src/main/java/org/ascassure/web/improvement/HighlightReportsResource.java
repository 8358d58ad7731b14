package org.ascassure.web.improvement;

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
import java.time.LocalDate;
import org.ascassure.improvement.boundary.HighlightReportDetails;
import org.ascassure.improvement.boundary.HighlightReports;
import org.ascassure.improvement.entity.HighlightReport;
import org.ascassure.improvement.entity.Rag;
import org.ascassure.web.platform.Inputs;
import org.ascassure.web.platform.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * One workstream highlight report: members read; directors and administrators change it with
 * If-Match. Reports are written through {@code /v1/workstreams/{id}/highlight-reports}.
 */
@Path("v1/highlight-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class HighlightReportsResource {

  /** A highlight report as clients send it; period "2026-11" or "2026-Q4". */
  public record HighlightReportInput(
      String period,
      String writtenOn,
      String achievements,
      String nextSteps,
      String risks,
      String chosenRag,
      String ragReason) {}

  /** A report with the computed RAG (when it was saved) beside the chosen one. */
  public record HighlightReportView(
      long id,
      long workstreamId,
      String period,
      String periodLabel,
      LocalDate periodStart,
      LocalDate periodEnd,
      LocalDate writtenOn,
      String author,
      String achievements,
      String nextSteps,
      String risks,
      ImprovementViews.RagView computedRag,
      String chosenRag,
      String ragReason,
      long version) {
    static HighlightReportView of(HighlightReport r) {
      var period = r.getPeriod();
      return new HighlightReportView(
          r.getId(),
          r.getWorkstream().getId(),
          period.value(),
          period.label(),
          period.start(),
          period.end(),
          r.getWrittenOn(),
          r.getAuthor(),
          r.getAchievements(),
          r.getNextSteps(),
          r.getRisks(),
          new ImprovementViews.RagView(r.getComputedRag().name(), r.getComputedReason()),
          r.getChosenRag().name(),
          r.getRagReason(),
          r.getVersion());
    }
  }

  @Inject HighlightReports reports;

  @GET
  @Path("{id}")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "One highlight report, its computed RAG beside the chosen one")
  public Response one(@PathParam("id") long id) {
    HighlightReport report = reports.get(id);
    return Response.ok(HighlightReportView.of(report))
        .tag(Versions.tag(report.getVersion()))
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({"ADMIN", "DIRECTOR"})
  @Operation(
      summary = "Change a highlight report; needs If-Match",
      description =
          "The computed RAG is taken again on the day of the change; a chosen RAG that differs"
              + " needs ragReason.")
  public Response change(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      HighlightReportInput input) {
    long expected = Versions.fromIfMatch(ifMatch);
    HighlightReportDetails details = details(input, "The highlight report cannot be changed.");
    HighlightReport report = reports.change(id, expected, details);
    return Response.ok(HighlightReportView.of(report))
        .tag(Versions.tag(report.getVersion()))
        .build();
  }

  static HighlightReportDetails details(HighlightReportInput input, String summary) {
    Inputs.required(input);
    Inputs check = Inputs.check();
    LocalDate writtenOn = check.date("writtenOn", input.writtenOn());
    Rag chosen =
        input.chosenRag() == null
            ? null
            : check.enumValue("chosenRag", input.chosenRag(), Rag.class);
    check.orFail(summary);
    return new HighlightReportDetails(
        input.period(),
        writtenOn,
        input.achievements(),
        input.nextSteps(),
        input.risks(),
        chosen,
        input.ragReason());
  }
}
