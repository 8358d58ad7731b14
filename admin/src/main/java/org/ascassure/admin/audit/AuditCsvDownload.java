package org.ascassure.admin.audit;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ascassure.admin.platform.Caller;
import org.ascassure.audit.boundary.AuditExport;
import org.ascassure.audit.boundary.AuditQuery;

/**
 * The audit search's "Export as CSV" link: the same filters, every matching record. A plain
 * servlet, because a download is not a page; signed-in like every page (web.xml).
 */
@WebServlet("/audit/export")
public class AuditCsvDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient AuditExport export;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!request.isUserInRole(Caller.ADMIN) && !request.isUserInRole(Caller.AUDITOR)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    Map<String, String> parameters = new HashMap<>();
    request.getParameterMap().forEach((name, values) -> parameters.put(name, values[0]));
    List<String> problems = new ArrayList<>();
    AuditQuery query = AuditFilters.of(parameters).query(problems);
    if (!problems.isEmpty()) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    byte[] csv = export.csv(query).getBytes(StandardCharsets.UTF_8);
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"audit-" + LocalDate.now() + ".csv\"");
    response.setContentLength(csv.length);
    response.getOutputStream().write(csv);
  }
}
