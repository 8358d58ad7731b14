package org.ascassure.web.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.time.LocalDate;
import org.ascassure.audit.boundary.AuditQuery;
import org.ascassure.audit.boundary.AuditTrail;
import org.ascassure.audit.boundary.Verification;
import org.ascassure.audit.entity.AuditRecord;
import org.ascassure.platform.boundary.InvalidInputException;
import org.ascassure.web.platform.Inputs;
import org.ascassure.web.platform.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The audit trail, for auditors and administrators: read and check, never change. */
@Path("v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class AuditResource {

  /** One record as clients read it; {@code changes} maps each field to its before and after. */
  public record AuditView(
      long seq,
      String occurredAt,
      String actor,
      Long councilId,
      String entityType,
      String entityId,
      String action,
      JsonObject changes,
      String hash) {
    static AuditView of(AuditRecord r) {
      try (var reader = Json.createReader(new StringReader(r.getChanges()))) {
        return new AuditView(
            r.getSeq(),
            r.getOccurredAt() + "Z",
            r.getActor(),
            r.getCouncilId(),
            r.getEntityType(),
            r.getEntityId(),
            r.getAction().name(),
            reader.readObject(),
            r.getHash());
      }
    }
  }

  @Inject AuditTrail trail;

  @Context UriInfo uri;

  @GET
  @RolesAllowed({"ADMIN", "AUDITOR"})
  @Operation(
      summary = "Search the audit trail, newest first",
      description =
          "Every filter is optional: council id, actor (user name), entity type (Council,"
              + " Assessment, User) and id, and a date range in UTC (from and to included).")
  public Response search(
      @QueryParam("council") String council,
      @QueryParam("actor") String actor,
      @QueryParam("entityType") String entityType,
      @QueryParam("entityId") String entityId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @BeanParam PageParams page) {
    Inputs check = Inputs.check();
    LocalDate fromDay = check.date("from", from);
    LocalDate toDay = check.date("to", to);
    Long councilId = check.value("council", AuditResource::id, council);
    check.orFail("The search cannot be run.");
    AuditQuery query = new AuditQuery(councilId, actor, entityType, entityId, fromDay, toDay);
    return PageParams.ok(trail.search(query, page.request()), AuditView::of, uri);
  }

  private static Long id(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("council", "'" + text + "' is not a council id.");
    }
  }

  @GET
  @Path("verification")
  @RolesAllowed({"ADMIN", "AUDITOR"})
  @Operation(
      summary = "Check the whole trail for tampering",
      description =
          "Recomputes the hash chain: intact is false, with the first record concerned, if any"
              + " record was changed, removed or inserted after it was written.")
  public Verification verify() {
    return trail.verify();
  }
}
