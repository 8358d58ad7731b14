package org.ascassure.admin.evidence;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.ascassure.admin.platform.DocumentDownload;
import org.ascassure.evidence.boundary.EvidenceFilter;
import org.ascassure.evidence.entity.EvidenceStatus;
import org.ascassure.reports.evidence.EvidenceExports;
import org.ascassure.reports.platform.FileNames;

/**
 * The evidence bank page's "Download" links: the filters of the page's address (the ones applied),
 * every matching item, streamed as Excel or CSV as it is read – not rendered whole first, unlike
 * the other documents ({@link DocumentDownload}). Whether the caller may read the council is
 * decided by the domain before the first byte, so a refusal is a plain 404 or 403.
 */
@WebServlet("/evidence/export")
public class EvidenceExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient EvidenceExports exports;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    EvidenceExports.Format format;
    EvidenceStatus status;
    try {
      String chosen = request.getParameter("format");
      format =
          chosen == null
              ? EvidenceExports.Format.XLSX
              : EvidenceExports.Format.valueOf(chosen.strip().toUpperCase(Locale.ROOT));
      String statusName = request.getParameter("status");
      status =
          statusName == null || statusName.isBlank() ? null : EvidenceStatus.valueOf(statusName);
    } catch (IllegalArgumentException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    long councilId;
    String council;
    try {
      councilId = DocumentDownload.id(request.getParameter("council"));
      council = exports.councilName(councilId);
    } catch (RuntimeException e) {
      DocumentDownload.refuse(e, response);
      return;
    }
    EvidenceFilter filter =
        new EvidenceFilter(
            request.getParameter("q"),
            request.getParameter("category"),
            request.getParameter("statement"),
            status,
            request.getParameter("owner"));
    DocumentDownload.announce(request, response);
    response.setContentType(format.mediaType());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader(
        "Content-Disposition",
        DocumentDownload.attachment(FileNames.of(council, format.extension(), "evidence")));
    exports.write(councilId, filter, format, response.getOutputStream());
  }
}
