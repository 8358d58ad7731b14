package org.ascassure.admin.selfassessment;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.ascassure.admin.platform.DocumentDownload;
import org.ascassure.reports.platform.TaggedPdf;
import org.ascassure.reports.selfassessment.SelfAssessmentDocument;
import org.ascassure.reports.selfassessment.SelfAssessmentDocuments;
import org.ascassure.reports.selfassessment.SelfAssessmentPdf;

/**
 * The self-assessment as PDF for the signed-in user: {@code ?id=} with {@code version=N} for a
 * published version (else the working draft) and {@code summary=true} for the summary.
 */
@WebServlet("/self-assessments/document")
public class SelfAssessmentDocumentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient SelfAssessmentDocuments documents;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean summary = "true".equals(request.getParameter("summary"));
    DocumentDownload.send(
        request,
        response,
        () -> {
          long id = DocumentDownload.id(request.getParameter("id"));
          String version = request.getParameter("version");
          SelfAssessmentDocument document =
              documents.of(id, version == null ? null : (int) DocumentDownload.id(version));
          return new DocumentDownload.Rendered(
              summary ? SelfAssessmentPdf.summary(document) : SelfAssessmentPdf.full(document),
              TaggedPdf.MEDIA_TYPE,
              SelfAssessmentPdf.fileName(document, summary));
        });
  }
}
