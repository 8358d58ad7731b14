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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ascassure.reports.platform.WordDocument;
import org.ascassure.reports.selfassessment.SelfAssessmentDocument;
import org.ascassure.reports.selfassessment.SelfAssessmentDocuments;
import org.ascassure.reports.selfassessment.SelfAssessmentDocx;
import org.ascassure.web.platform.StreamedDownloads;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A self-assessment as a Word document, for those who edit or circulate it in Word. */
@Path("v1/self-assessments/{id}/docx")
@RequestScoped
public class SelfAssessmentWordResource {

  @Inject SelfAssessmentDocuments documents;

  @GET
  @Produces(MediaType.WILDCARD)
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(
      summary =
          "A self-assessment as Word (.docx): the working draft or ?version=N, full or"
              + " ?summary=true",
      description =
          "Heading styles for Sections A, B (theme, statement) and C, repeating table headers,"
              + " citations linked to the evidence index appendix, version and date in the"
              + " footer. The summary holds each theme's ambition, strengths and priorities and"
              + " the predicted rating.")
  public Response word(
      @PathParam("id") long id,
      @QueryParam("version") Integer version,
      @QueryParam("summary") @DefaultValue("false") boolean summary) {
    SelfAssessmentDocument document = documents.of(id, version);
    return StreamedDownloads.of(
        out -> SelfAssessmentDocx.render(document, summary, out),
        WordDocument.MEDIA_TYPE,
        SelfAssessmentDocx.fileName(document, summary));
  }
}
