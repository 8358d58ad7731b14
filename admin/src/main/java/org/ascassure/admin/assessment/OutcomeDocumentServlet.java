package org.ascassure.admin.assessment;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.ascassure.admin.platform.DocumentDownload;
import org.ascassure.reports.assessment.OutcomeSummaries;
import org.ascassure.reports.assessment.OutcomeSummary;
import org.ascassure.reports.assessment.OutcomeSummaryPdf;
import org.ascassure.reports.platform.TaggedPdf;

/** A published outcome's summary as PDF: {@code ?id=}. */
@WebServlet("/assessments/document")
public class OutcomeDocumentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient OutcomeSummaries summaries;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    DocumentDownload.send(
        request,
        response,
        () -> {
          OutcomeSummary summary = summaries.of(DocumentDownload.id(request.getParameter("id")));
          return new DocumentDownload.Rendered(
              OutcomeSummaryPdf.render(summary),
              TaggedPdf.MEDIA_TYPE,
              OutcomeSummaryPdf.fileName(summary));
        });
  }
}
