package org.ascassure.web.assessment;

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
import org.ascassure.reports.assessment.OutcomeSummaries;
import org.ascassure.reports.assessment.OutcomeSummary;
import org.ascassure.reports.assessment.OutcomeSummaryPdf;
import org.ascassure.reports.platform.TaggedPdf;
import org.ascassure.web.platform.Downloads;
import org.ascassure.web.platform.Inputs;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A published outcome in brief, as a document. Whoever may read the outcome may download it. */
@Path("v1/assessments/{id}/document")
@RequestScoped
public class OutcomeDocumentResource {

  @Inject OutcomeSummaries summaries;

  @GET
  @Produces({TaggedPdf.MEDIA_TYPE, "application/problem+json"})
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(
      summary = "Download the outcome summary as a document",
      description =
          "format=pdf (default): tagged PDF (PDF/UA-1) with the score of each statement, the"
              + " percentage, the rating and the findings, e.g."
              + " fernshire-assessment-outcome-2025-09-17.pdf.")
  @APIResponse(
      responseCode = "200",
      description = "The summary, as an attachment",
      content = @Content(mediaType = TaggedPdf.MEDIA_TYPE))
  public Response download(
      @PathParam("id") long id, @QueryParam("format") @DefaultValue("pdf") String format) {
    Inputs check = Inputs.check();
    Downloads.format(check, format, "pdf");
    check.orFail("The summary cannot be made.");
    OutcomeSummary summary = summaries.of(id);
    return Downloads.of(
        OutcomeSummaryPdf.render(summary),
        TaggedPdf.MEDIA_TYPE,
        OutcomeSummaryPdf.fileName(summary));
  }
}
