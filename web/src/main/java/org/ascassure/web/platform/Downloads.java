package org.ascassure.web.platform;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.ascassure.platform.boundary.FieldError;

/** Rendered documents as downloads: media type, length and the file name to save them under. */
public final class Downloads {

  private Downloads() {}

  public static Response of(byte[] body, String mediaType, String fileName) {
    return Response.ok(body, mediaType)
        .header(HttpHeaders.CONTENT_LENGTH, body.length)
        .header("Content-Disposition", attachment(fileName))
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  /**
   * The format asked for ({@code ?format=}), lower case, when it is one of {@code offered};
   * otherwise the complaint is recorded against {@code format} and null returned.
   */
  public static String format(Inputs check, String format, String... offered) {
    String asked = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
    for (String one : offered) {
      if (one.equals(asked)) {
        return one;
      }
    }
    check.add(
        new FieldError("format", "The formats offered are: " + String.join(", ", offered) + "."));
    return null;
  }

  /** RFC 6266 with an ASCII fallback and the exact name in RFC 5987 form. */
  public static String attachment(String fileName) {
    String fallback = fileName.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
    String exact =
        URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + exact;
  }
}
