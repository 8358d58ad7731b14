package org.ascassure.web.audit;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.ascassure.audit.boundary.AuditQuery;
import org.ascassure.platform.boundary.InvalidInputException;
import org.ascassure.web.platform.Inputs;

/** The audit trail's filters as query parameters, every one optional. */
public class AuditFilter {

  @QueryParam("council")
  String council;

  @QueryParam("actor")
  String actor;

  @QueryParam("entityType")
  String entityType;

  @QueryParam("entityId")
  String entityId;

  @QueryParam("from")
  String from;

  @QueryParam("to")
  String to;

  /** The filters as a domain query, or every malformed one named in a 400. */
  AuditQuery query() {
    Inputs check = Inputs.check();
    LocalDate fromDay = check.date("from", from);
    LocalDate toDay = check.date("to", to);
    Long councilId = check.value("council", AuditFilter::id, council);
    check.orFail("The search cannot be run.");
    return new AuditQuery(councilId, actor, entityType, entityId, fromDay, toDay);
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
}
