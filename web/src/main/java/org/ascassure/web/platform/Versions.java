package org.ascassure.web.platform;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response.Status;

/** Entity tags carry the record's {@code @Version}; If-Match hands it back on update. */
public final class Versions {

  private Versions() {}

  public static EntityTag tag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /**
   * The version the client says it edited, from its If-Match header.
   *
   * @throws WebApplicationException 428 when the header is missing, 412 when it names no version
   */
  public static long fromIfMatch(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new WebApplicationException(
          Problems.of(
              Status.PRECONDITION_REQUIRED,
              "Send If-Match with the ETag you read, so that nobody's change is overwritten."));
    }
    String value = ifMatch.strip();
    if (value.startsWith("W/")) {
      value = value.substring(2);
    }
    value = value.replace("\"", "");
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new WebApplicationException(
          Problems.of(
              Status.PRECONDITION_FAILED,
              "If-Match " + ifMatch + " is not an ETag this API gave out."));
    }
  }
}
