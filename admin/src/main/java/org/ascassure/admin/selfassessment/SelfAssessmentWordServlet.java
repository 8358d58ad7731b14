package org.ascassure.admin.selfassessment;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.ascassure.admin.platform.DocumentDownload;
import org.ascassure.reports.platform.WordDocument;
import org.ascassure.reports.selfassessment.SelfAssessmentDocument;
import org.ascassure.reports.selfassessment.SelfAssessmentDocuments;
import org.ascassure.reports.selfassessment.SelfAssessmentDocx;

/**
 * The outline's "Word" links: the working draft or a published version, full or summary. Who may
 * read it is decided by the domain (another council's is not found).
 */
@WebServlet("/self-assessments/docx")
public class SelfAssessmentWordServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient SelfAssessmentDocuments documents;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    DocumentDownload.send(
        request,
        response,
        () -> {
          long id = DocumentDownload.id(request.getParameter("id"));
          String version = request.getParameter("version");
          boolean summary = "true".equals(request.getParameter("summary"));
          SelfAssessmentDocument document =
              documents.of(
                  id,
                  version == null || version.isBlank() ? null : (int) DocumentDownload.id(version));
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          SelfAssessmentDocx.render(document, summary, out);
          return new DocumentDownload.Rendered(
              out.toByteArray(),
              WordDocument.MEDIA_TYPE,
              SelfAssessmentDocx.fileName(document, summary));
        });
  }
}
