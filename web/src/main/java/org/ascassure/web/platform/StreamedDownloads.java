package org.ascassure.web.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * Documents written as they are sent (exports of any size, Word and Excel): the media type and the
 * file name as {@link Downloads} gives them, but no length, which is known only at the end.
 */
public final class StreamedDownloads {

  private StreamedDownloads() {}

  public static Response of(StreamingOutput body, String mediaType, String fileName) {
    return Response.ok(body, mediaType)
        .header("Content-Disposition", Downloads.attachment(fileName))
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
