package org.ascassure.web.selfassessment;

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
import org.ascassure.reports.platform.WordDocument;
import org.ascassure.reports.selfassessment.SelfAssessmentDocument;
import org.ascassure.reports.selfassessment.SelfAssessmentDocuments;
import org.ascassure.reports.selfassessment.SelfAssessmentDocx;
import org.ascassure.web.platform.Inputs;
import org.ascassure.web.platform.StreamedDownloads;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A self-assessment as a Word document, for those who edit or circulate it in Word. */
@Path("v1/self-assessments/{id}/docx")
@RequestScoped
public class SelfAssessmentWordResource {

  @Inject SelfAssessmentDocuments documents;

  @GET
  @Produces({WordDocument.MEDIA_TYPE, "application/problem+json"})
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(
      summary =
          "A self-assessment as Word (.docx): the working draft or ?version=N, full or"
              + " ?summary=true",
      description =
          "Heading styles for Sections A, B (theme, statement) and C, repeating table headers,"
              + " citations linked to the evidence index appendix, version and date in the"
              + " footer. The summary holds each theme's ambition, strengths and priorities and"
              + " the predicted rating. version and summary read as for /document: a malformed"
              + " value is a 400 problem, a version that does not exist a 404.")
  @APIResponse(
      responseCode = "200",
      description = "The Word document, as an attachment",
      content = @Content(mediaType = WordDocument.MEDIA_TYPE))
  public Response word(
      @PathParam("id") long id,
      @QueryParam("version") String version,
      @QueryParam("summary") @DefaultValue("false") String summary) {
    Inputs check = Inputs.check();
    Integer number = null;
    if (version != null && !version.isBlank()) {
      number = check.value("version", SelfAssessmentDocumentResource::versionNumber, version);
    }
    Boolean summarised = check.value("summary", SelfAssessmentDocumentResource::yesNo, summary);
    check.orFail("The document cannot be made.");
    SelfAssessmentDocument document = documents.of(id, number);
    boolean isSummary = Boolean.TRUE.equals(summarised);
    return StreamedDownloads.of(
        out -> SelfAssessmentDocx.render(document, isSummary, out),
        WordDocument.MEDIA_TYPE,
        SelfAssessmentDocx.fileName(document, isSummary));
  }
}
