package org.ascassure.audit.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.ascassure.audit.entity.AuditRecord;
import org.ascassure.platform.boundary.Page;
import org.ascassure.platform.boundary.PageRequest;
import org.ascassure.platform.control.Csv;

/**
 * The audit trail as CSV, for the API and the admin UI alike: the same search, so the same scoping
 * (auditors only their councils), every matching record, newest first.
 */
@Stateless
public class AuditExport {

  /** At most this many pages of 200 records go into one export. */
  public static final int MAX_PAGES = 500;

  static final String HEADER =
      "seq,occurredAt,actor,councilId,entityType,entityId,action,changes,hash\r\n";

  @Inject AuditTrail trail;

  public String csv(AuditQuery query) {
    StringBuilder csv = new StringBuilder(HEADER);
    int pageNumber = 1;
    Page<AuditRecord> page;
    do {
      page = trail.search(query, new PageRequest(pageNumber++, PageRequest.MAX_SIZE));
      for (AuditRecord r : page.items()) {
        csv.append(
                String.join(
                    ",",
                    Long.toString(r.getSeq()),
                    r.getOccurredAt() + "Z",
                    Csv.cell(r.getActor()),
                    r.getCouncilId() == null ? "" : r.getCouncilId().toString(),
                    Csv.cell(r.getEntityType()),
                    Csv.cell(r.getEntityId()),
                    r.getAction().name(),
                    Csv.cell(r.getChanges()),
                    r.getHash()))
            .append("\r\n");
      }
    } while (page.hasNext() && pageNumber <= MAX_PAGES);
    return csv.toString();
  }
}
