package org.ascassure.web.platform;

import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ascassure.platform.boundary.ConflictException;
import org.ascassure.platform.boundary.ContentTooLargeException;
import org.ascassure.platform.boundary.ForbiddenException;
import org.ascassure.platform.boundary.InvalidInputException;
import org.ascassure.platform.boundary.NotFoundException;
import org.ascassure.platform.boundary.StaleVersionException;
import org.ascassure.platform.boundary.UnsupportedContentException;

/**
 * Turns every exception that leaves a resource into a problem response. Unexpected failures are
 * logged with an incident number and answered without any internals.
 */
@Provider
public class ErrorMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());

  @Override
  public Response toResponse(Throwable thrown) {
    Throwable cause = unwrap(thrown);
    if (cause instanceof InvalidInputException invalid) {
      return Problems.invalid(invalid.getMessage(), invalid.errors());
    }
    if (cause instanceof NotFoundException) {
      return Problems.of(Status.NOT_FOUND, cause.getMessage());
    }
    if (cause instanceof ForbiddenException) {
      return Problems.of(Status.FORBIDDEN, cause.getMessage());
    }
    if (cause instanceof StaleVersionException stale) {
      return Problems.of(
          Status.PRECONDITION_FAILED, stale.getMessage(), null, stale.currentVersion());
    }
    if (cause instanceof OptimisticLockException) {
      return Problems.of(
          Status.PRECONDITION_FAILED,
          "Someone else changed this record at the same moment. Reload it and try again.");
    }
    if (cause instanceof ContentTooLargeException) {
      return Problems.of(Status.REQUEST_ENTITY_TOO_LARGE, cause.getMessage());
    }
    if (cause instanceof UnsupportedContentException) {
      return Problems.of(Status.UNSUPPORTED_MEDIA_TYPE, cause.getMessage());
    }
    if (cause instanceof ConflictException) {
      return Problems.of(Status.CONFLICT, cause.getMessage());
    }
    if (isMalformedJson(thrown)) {
      return Problems.of(
          Status.BAD_REQUEST,
          "The request body is not valid JSON of the expected shape: check brackets, quotes,"
              + " commas and the types of the values.");
    }
    if (cause instanceof WebApplicationException web) {
      return web.getResponse().hasEntity()
          ? web.getResponse()
          : fromStatus(web.getResponse().getStatusInfo());
    }
    String incident = UUID.randomUUID().toString().substring(0, 8);
    LOG.log(Level.SEVERE, "Incident " + incident, thrown);
    return Problems.of(
        Status.INTERNAL_SERVER_ERROR,
        "Something went wrong on our side (incident " + incident + "). Nothing was changed.");
  }

  private static Response fromStatus(Response.StatusType status) {
    String detail =
        switch (status.getStatusCode()) {
          case 401 -> "Sign in first: this API uses HTTP Basic authentication.";
          case 403 -> "Your role does not allow this.";
          case 404 -> "There is nothing at this address.";
          case 405 -> "This address does not support that HTTP method.";
          case 406 -> "This API answers with application/json only.";
          case 415 -> "Send the request body as application/json.";
          default -> status.getReasonPhrase();
        };
    return Problems.of(status, detail);
  }

  private static Throwable unwrap(Throwable thrown) {
    Throwable current = thrown;
    while (current instanceof EJBException && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  private static boolean isMalformedJson(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof JsonbException || t instanceof JsonException) {
        return true;
      }
      if (t instanceof ProcessingException && t.getCause() == null) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
