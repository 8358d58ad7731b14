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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.time.LocalDate;
import org.ascassure.audit.boundary.AuditExport;
import org.ascassure.audit.boundary.AuditQuery;
import org.ascassure.audit.boundary.AuditTrail;
import org.ascassure.audit.boundary.Verification;
import org.ascassure.audit.entity.AuditRecord;
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

  @Inject AuditExport export;

  @Context UriInfo uri;

  @GET
  @RolesAllowed({"ADMIN", "AUDITOR"})
  @Operation(
      summary = "Search the audit trail, newest first",
      description =
          "Every filter is optional: council id, actor (user name), entity type (Council,"
              + " Assessment, User) and id, and a date range in UTC (from and to included).")
  public Response search(@BeanParam AuditFilter filter, @BeanParam PageParams page) {
    AuditQuery query = filter.query();
    return PageParams.ok(trail.search(query, page.request()), AuditView::of, uri);
  }

  @GET
  @Path("export")
  @Produces("text/csv")
  @RolesAllowed({"ADMIN", "AUDITOR"})
  @Operation(
      summary = "Export the matching records as CSV",
      description = "The same filters as the search; every matching record, newest first.")
  public Response export(@BeanParam AuditFilter filter) {
    String csv = export.csv(filter.query());
    return Response.ok(csv, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"audit-" + LocalDate.now() + ".csv\"")
        .build();
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
