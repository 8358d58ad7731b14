package org.ascassure.admin.platform;

import jakarta.ejb.EJBException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
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

  public static void send(
      HttpServletRequest request, HttpServletResponse response, Supplier<Rendered> render)
      throws IOException {
    Rendered document;
    try {
      document = render.get();
    } catch (RuntimeException e) {
      refuse(e, response);
      return;
    }
    announce(request, response);
    response.setContentType(document.mediaType());
    response.setContentLength(document.body().length);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Disposition", attachment(document.fileName()));
    response.getOutputStream().write(document.body());
  }

  /**
   * Answers what the domain refused or did not find (also as a malformed id) with 403 or 404;
   * rethrows anything else.
   */
  public static void refuse(RuntimeException e, HttpServletResponse response) throws IOException {
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

  /**
   * Tells the page that asked for this download (its {@code downloads.js}, by the token it sent)
   * that the file is ready and coming: a short-lived cookie the script waits for, set before the
   * first byte.
   */
  public static void announce(HttpServletRequest request, HttpServletResponse response) {
    String token = request.getParameter(TOKEN);
    if (token == null || !token.matches("[A-Za-z0-9]{8,40}")) {
      return;
    }
    Cookie ready = new Cookie(READY_COOKIE, token);
    ready.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
    ready.setMaxAge(120);
    ready.setSecure(request.isSecure());
    ready.setAttribute("SameSite", "Lax");
    response.addCookie(ready);
  }

  /** The parameter a download link carries its token in, and the cookie that answers it. */
  static final String TOKEN = "downloadToken";

  static final String READY_COOKIE = "ascassure-download";

  public static String attachment(String fileName) {
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
