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
import java.util.Locale;
import org.ascassure.platform.boundary.InvalidInputException;
import org.ascassure.reports.platform.TaggedPdf;
import org.ascassure.reports.selfassessment.SelfAssessmentDocument;
import org.ascassure.reports.selfassessment.SelfAssessmentDocuments;
import org.ascassure.reports.selfassessment.SelfAssessmentPdf;
import org.ascassure.web.platform.Downloads;
import org.ascassure.web.platform.Inputs;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A self-assessment as a document to send: the working draft or a published version, in full or as
 * the committee summary. Whoever may read the self-assessment may download it.
 */
@Path("v1/self-assessments/{id}/document")
@RequestScoped
public class SelfAssessmentDocumentResource {

  @Inject SelfAssessmentDocuments documents;

  @GET
  @Produces({TaggedPdf.MEDIA_TYPE, "application/problem+json"})
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(
      summary = "Download the self-assessment as a document",
      description =
          "format=pdf (default): tagged PDF (PDF/UA-1), citations linked to the evidence index."
              + " version=N renders published version vN, otherwise the working draft as it"
              + " stands. summary=true renders the summary for committee members (ambition,"
              + " strengths and priorities per theme, predicted rating). The file name says the"
              + " council and version, e.g. fernshire-self-assessment-v2.pdf.")
  @APIResponse(
      responseCode = "200",
      description = "The document, as an attachment",
      content = @Content(mediaType = TaggedPdf.MEDIA_TYPE))
  public Response download(
      @PathParam("id") long id,
      @QueryParam("format") @DefaultValue("pdf") String format,
      @QueryParam("version") String version,
      @QueryParam("summary") @DefaultValue("false") String summary) {
    Inputs check = Inputs.check();
    Integer number = null;
    if (version != null && !version.isBlank()) {
      number = check.value("version", SelfAssessmentDocumentResource::versionNumber, version);
    }
    Boolean summarised = check.value("summary", SelfAssessmentDocumentResource::yesNo, summary);
    Downloads.format(check, format, "pdf");
    check.orFail("The document cannot be made.");
    SelfAssessmentDocument document = documents.of(id, number);
    boolean isSummary = Boolean.TRUE.equals(summarised);
    byte[] pdf = isSummary ? SelfAssessmentPdf.summary(document) : SelfAssessmentPdf.full(document);
    return Downloads.of(pdf, TaggedPdf.MEDIA_TYPE, SelfAssessmentPdf.fileName(document, isSummary));
  }

  static Integer versionNumber(String value) {
    String digits = value.strip().toLowerCase(Locale.ROOT).replaceFirst("^v", "");
    if (!digits.matches("\\d{1,6}") || Integer.parseInt(digits) < 1) {
      throw new InvalidInputException("version", "The version is a number from 1, e.g. 2 for v2.");
    }
    return Integer.parseInt(digits);
  }

  static Boolean yesNo(String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new InvalidInputException("summary", "summary is true or false.");
    };
  }
}
