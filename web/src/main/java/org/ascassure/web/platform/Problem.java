package org.ascassure.web.platform;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.ascassure.platform.boundary.FieldError;

/**
 * An RFC 9457 problem detail. {@code errors} lists field-level validation messages; {@code
 * currentVersion} tells a client whose update was stale which version it has to read first, and
 * {@code current}, where it helps, is that version itself so that the client can compare and merge.
 */
@JsonbPropertyOrder({
  "type",
  "title",
  "status",
  "detail",
  "instance",
  "errors",
  "currentVersion",
  "current"
})
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors,
    Long currentVersion,
    Object current) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public Problem(
      String type,
      String title,
      int status,
      String detail,
      String instance,
      List<FieldError> errors,
      Long currentVersion) {
    this(type, title, status, detail, instance, errors, currentVersion, null);
  }
}
