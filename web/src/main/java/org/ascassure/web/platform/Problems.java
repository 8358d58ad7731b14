package org.ascassure.web.platform;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.ascassure.platform.boundary.FieldError;

/** Builds problem responses; the one place that decides how an error looks on the wire. */
public final class Problems {

  private Problems() {}

  public static Response of(Response.StatusType status, String detail) {
    return of(status, detail, null, null);
  }

  public static Response of(
      Response.StatusType status, String detail, List<FieldError> errors, Long currentVersion) {
    Problem problem =
        new Problem(
            "about:blank",
            status.getReasonPhrase(),
            status.getStatusCode(),
            detail,
            null,
            errors == null || errors.isEmpty() ? null : errors,
            currentVersion,
            null);
    return Response.status(status.getStatusCode()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  /** A refused stale update, carrying what is current now so that nothing typed is lost. */
  public static Response stale(String detail, long currentVersion, Object current) {
    Problem problem =
        new Problem(
            "about:blank",
            Response.Status.PRECONDITION_FAILED.getReasonPhrase(),
            412,
            detail,
            null,
            null,
            currentVersion,
            current);
    return Response.status(412).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  public static Response invalid(String detail, List<FieldError> errors) {
    return of(Response.Status.BAD_REQUEST, detail, errors, null);
  }
}
