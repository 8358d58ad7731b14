package org.ascassure.audit.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One appended record of the audit trail, read-only to JPA: records are written by {@code
 * AuditWriter} in the write's own transaction and never changed.
 */
@Entity
@Table(name = "audit_record")
@Cacheable(false)
public class AuditRecord {

  // EclipseLink needs a writable id mapping; without setters or a public constructor nothing writes
  @Id
  @Column(name = "seq")
  private long seq;

  @Column(name = "occurred_at", insertable = false, updatable = false)
  private LocalDateTime occurredAt;

  @Column(name = "actor", insertable = false, updatable = false)
  private String actor;

  @Column(name = "council_id", insertable = false, updatable = false)
  private Long councilId;

  @Column(name = "entity_type", insertable = false, updatable = false)
  private String entityType;

  @Column(name = "entity_id", insertable = false, updatable = false)
  private String entityId;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", insertable = false, updatable = false)
  private AuditAction action;

  @Column(name = "changes", insertable = false, updatable = false)
  private String changes;

  @Column(name = "previous_hash", insertable = false, updatable = false)
  private String previousHash;

  @Column(name = "hash", insertable = false, updatable = false)
  private String hash;

  protected AuditRecord() {}

  /** The hash this record must have, given its content and its predecessor's hash. */
  public String expectedHash() {
    return AuditHash.of(
        previousHash, seq, occurredAt, actor, councilId, entityType, entityId, action, changes);
  }

  public long getSeq() {
    return seq;
  }

  public LocalDateTime getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public Long getCouncilId() {
    return councilId;
  }

  public String getEntityType() {
    return entityType;
  }

  public String getEntityId() {
    return entityId;
  }

  public AuditAction getAction() {
    return action;
  }

  /** The changed fields as JSON: {@code {"name":{"before":"A","after":"B"}}}. */
  public String getChanges() {
    return changes;
  }

  public String getPreviousHash() {
    return previousHash;
  }

  public String getHash() {
    return hash;
  }
}
