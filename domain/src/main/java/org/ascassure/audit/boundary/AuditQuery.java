package org.ascassure.audit.boundary;

import java.time.LocalDate;

/**
 * What to look for in the audit trail; every part is optional.
 *
 * @param from first day included (UTC)
 * @param to last day included (UTC)
 */
public record AuditQuery(
    Long councilId,
    String actor,
    String entityType,
    String entityId,
    LocalDate from,
    LocalDate to) {

  public static AuditQuery everything() {
    return new AuditQuery(null, null, null, null, null, null);
  }

  public static AuditQuery ofEntity(String entityType, Object entityId) {
    return new AuditQuery(null, null, entityType, String.valueOf(entityId), null, null);
  }
}
