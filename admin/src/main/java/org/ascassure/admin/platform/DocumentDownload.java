package org.ascassure.admin.platform;

import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.ascassure.platform.boundary.ForbiddenException;
import org.ascassure.platform.boundary.NotFoundException;

/**
 * Sends a rendered document (the reports module's PDFs) as a download with the same access rules as
 * the API: what the domain does not find is 404, what it refuses 403, a malformed id 404.
 */
public final class DocumentDownload {

  /** A rendered document and the name to save it under. */
  public record Rendered(byte[] body, String mediaType, String fileName) {}

  private DocumentDownload() {}

  public static void send(HttpServletResponse response, Supplier<Rendered> render)
      throws IOException {
    Rendered document;
    try {
      document = render.get();
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
    response.setContentType(document.mediaType());
    response.setContentLength(document.body().length);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Disposition", attachment(document.fileName()));
    response.getOutputStream().write(document.body());
  }

  static String attachment(String fileName) {
    String fallback = fileName.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
    String exact =
        URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + exact;
  }

  /** A whole number parameter; absent or malformed reads as "not found". */
  public static long id(String value) {
    if (value == null) {
      throw new NumberFormatException("missing");
    }
    return Long.parseLong(value.strip());
  }
}
