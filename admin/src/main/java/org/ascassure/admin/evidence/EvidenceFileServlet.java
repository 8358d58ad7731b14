package org.ascassure.admin.evidence;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.ascassure.evidence.boundary.EvidenceBank;
import org.ascassure.evidence.boundary.FileContent;
import org.ascassure.platform.boundary.NotFoundException;

/**
 * Downloads an evidence item's file for the signed-in user, under its original name and the type
 * found at upload; never rendered by the browser as a page.
 */
@WebServlet("/evidence/file")
public class EvidenceFileServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient EvidenceBank bank;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    FileContent content;
    try {
      content = bank.fileOf(Long.parseLong(request.getParameter("id")));
    } catch (NumberFormatException | NotFoundException missing) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    var file = content.file();
    response.setContentType(file.mediaType());
    response.setContentLengthLong(file.size());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Disposition", attachment(file.fileName()));
    try (InputStream in = content.open()) {
      in.transferTo(response.getOutputStream());
    }
  }

  static String attachment(String fileName) {
    String fallback = fileName.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
    String exact =
        URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + exact;
  }
}
