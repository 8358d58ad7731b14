package org.ascassure.admin.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ascassure.audit.boundary.AuditQuery;
import org.ascassure.audit.boundary.AuditTrail;
import org.ascassure.platform.boundary.PageRequest;

/**
 * The history panel's data: the latest changes of one record, newest first, as far as the caller
 * may see them (the domain scopes the search by council).
 */
@Named
@RequestScoped
public class History {

  /** The panel shows the latest changes; the audit search has the rest. */
  static final int SHOWN = 20;

  @Inject AuditTrail trail;

  private final Map<String, List<AuditEntry>> loaded = new HashMap<>();

  public List<AuditEntry> of(String entityType, Object entityId) {
    if (entityId == null) {
      return List.of();
    }
    return loaded.computeIfAbsent(
        entityType + "#" + entityId,
        key ->
            trail
                .search(AuditQuery.ofEntity(entityType, entityId), new PageRequest(1, SHOWN))
                .items()
                .stream()
                .map(AuditEntry::of)
                .toList());
  }
}
