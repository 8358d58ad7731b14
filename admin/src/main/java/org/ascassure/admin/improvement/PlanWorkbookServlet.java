package org.ascassure.admin.improvement;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.ascassure.admin.platform.DocumentDownload;
import org.ascassure.reports.improvement.PlanReport;
import org.ascassure.reports.improvement.PlanReportXlsx;
import org.ascassure.reports.improvement.PlanReports;
import org.ascassure.reports.sheet.Sheets;

/** The snapshots page's "Excel" links: one frozen report as the progress workbook. */
@WebServlet("/improvement/workbook")
public class PlanWorkbookServlet extends HttpServlet {

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
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          try {
            PlanReportXlsx.write(report, out);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          return new DocumentDownload.Rendered(
              out.toByteArray(), Sheets.MEDIA_TYPE, PlanReportXlsx.fileName(report));
        });
  }
}
