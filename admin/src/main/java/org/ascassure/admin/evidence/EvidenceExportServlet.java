package org.ascassure.admin.evidence;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.ascassure.admin.platform.DocumentDownload;
import org.ascassure.evidence.boundary.EvidenceFilter;
import org.ascassure.evidence.entity.EvidenceStatus;
import org.ascassure.platform.boundary.ForbiddenException;
import org.ascassure.platform.boundary.NotFoundException;
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
      Throwable cause = e;
      while (cause instanceof EJBException && cause.getCause() != null) {
        cause = cause.getCause();
      }
      if (cause instanceof NumberFormatException || cause instanceof NotFoundException) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      if (cause instanceof ForbiddenException) {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
        return;
      }
      throw e;
    }
    EvidenceFilter filter =
        new EvidenceFilter(
            request.getParameter("q"),
            request.getParameter("category"),
            request.getParameter("statement"),
            status,
            request.getParameter("owner"));
    response.setContentType(format.mediaType());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader(
        "Content-Disposition", attachment(FileNames.of(council, format.extension(), "evidence")));
    exports.write(councilId, filter, format, response.getOutputStream());
  }

  /** RFC 6266 with an ASCII fallback and the exact name in RFC 5987 form. */
  private static String attachment(String fileName) {
    String fallback = fileName.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
    String exact =
        URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + exact;
  }
}
