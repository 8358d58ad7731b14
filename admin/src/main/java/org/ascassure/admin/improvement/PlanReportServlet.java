package org.ascassure.admin.improvement;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.ascassure.admin.platform.DocumentDownload;
import org.ascassure.reports.improvement.PlanReport;
import org.ascassure.reports.improvement.PlanReportPdf;
import org.ascassure.reports.improvement.PlanReports;
import org.ascassure.reports.platform.TaggedPdf;

/** A frozen plan report as PDF: {@code ?plan=&snapshot=}. */
@WebServlet("/improvement/report")
public class PlanReportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient PlanReports reports;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    DocumentDownload.send(
        request,
        response,
        () -> {
          PlanReport report =
              reports.of(
                  DocumentDownload.id(request.getParameter("plan")),
                  DocumentDownload.id(request.getParameter("snapshot")));
          return new DocumentDownload.Rendered(
              PlanReportPdf.render(report), TaggedPdf.MEDIA_TYPE, PlanReportPdf.fileName(report));
        });
  }
}
