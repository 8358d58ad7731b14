package org.ascassure.audit.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ascassure.audit.entity.AuditHash;
import org.ascassure.audit.entity.AuditRecord;
import org.ascassure.platform.boundary.Page;
import org.ascassure.platform.boundary.PageRequest;
import org.ascassure.security.boundary.Access;

/** Reading the audit trail: searching it, and checking that nobody has tampered with it. */
@Stateless
public class AuditTrail {

  private static final int BATCH = 1000;

  @PersistenceContext EntityManager em;

  @Inject Access access;

  /**
   * Matching records, newest first. Auditors see only the records of councils they are members of;
   * administrators see all, including system-wide records such as users.
   */
  public Page<AuditRecord> search(AuditQuery query, PageRequest page) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Optional<Set<Long>> readable = access.readableCouncils();
    if (readable.isPresent()) {
      if (readable.get().isEmpty()) {
        return new Page<>(List.of(), page.page(), page.size(), 0);
      }
      where.append(" AND r.councilId IN :readable");
      parameters.put("readable", readable.get());
    }
    if (query.councilId() != null) {
      where.append(" AND r.councilId = :council");
      parameters.put("council", query.councilId());
    }
    if (query.actor() != null && !query.actor().isBlank()) {
      where.append(" AND r.actor = :actor");
      parameters.put("actor", query.actor().strip());
    }
    if (query.entityType() != null && !query.entityType().isBlank()) {
      where.append(" AND r.entityType = :type");
      parameters.put("type", query.entityType().strip());
    }
    if (query.entityId() != null && !query.entityId().isBlank()) {
      where.append(" AND r.entityId = :entityId");
      parameters.put("entityId", query.entityId().strip());
    }
    if (query.from() != null) {
      where.append(" AND r.occurredAt >= :from");
      parameters.put("from", query.from().atStartOfDay());
    }
    if (query.to() != null) {
      where.append(" AND r.occurredAt < :to");
      parameters.put("to", query.to().plusDays(1).atStartOfDay());
    }
    TypedQuery<AuditRecord> items =
        em.createQuery(
            "SELECT r FROM AuditRecord r" + where + " ORDER BY r.seq DESC", AuditRecord.class);
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(r) FROM AuditRecord r" + where, Long.class);
    parameters.forEach(
        (name, value) -> {
          items.setParameter(name, value);
          count.setParameter(name, value);
        });
    List<AuditRecord> found =
        items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    return new Page<>(found, page.page(), page.size(), count.getSingleResult());
  }

  /**
   * Walks the whole chain in order: every record must follow its predecessor without a gap, name
   * its predecessor's hash and carry the hash of its own content; the last must be the head.
   */
  public Verification verify() {
    String previous = AuditHash.GENESIS;
    long expectedSeq = 1;
    long checked = 0;
    while (true) {
      List<AuditRecord> batch =
          em.createQuery(
                  "SELECT r FROM AuditRecord r WHERE r.seq >= :from ORDER BY r.seq",
                  AuditRecord.class)
              .setParameter("from", expectedSeq)
              .setMaxResults(BATCH)
              .getResultList();
      for (AuditRecord record : batch) {
        if (record.getSeq() != expectedSeq) {
          return broken(checked, expectedSeq, "it was removed");
        }
        if (!record.getPreviousHash().equals(previous)) {
          return broken(checked, record.getSeq(), "it does not follow the record before it");
        }
        if (!record.expectedHash().equals(record.getHash())) {
          return broken(checked, record.getSeq(), "its content was changed after it was written");
        }
        previous = record.getHash();
        expectedSeq++;
        checked++;
      }
      if (batch.size() < BATCH) {
        break;
      }
      em.clear();
    }
    Object[] head =
        (Object[])
            em.createNativeQuery("SELECT last_seq, last_hash FROM audit_head WHERE id = 1")
                .getSingleResult();
    long lastSeq = ((Number) head[0]).longValue();
    if (lastSeq != checked || !previous.equals(head[1])) {
      return broken(checked, checked + 1, "records after " + checked + " were removed");
    }
    return new Verification(true, checked, null, null);
  }

  private static Verification broken(long checked, long seq, String problem) {
    return new Verification(false, checked, seq, "Record " + seq + ": " + problem + ".");
  }
}
