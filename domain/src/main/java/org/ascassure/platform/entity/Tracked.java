package org.ascassure.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import org.ascassure.audit.control.AuditListener;
import org.ascassure.audit.entity.Audited;

/**
 * Who created and last changed a record, and when (UTC), plus the optimistic-lock version that
 * keeps concurrent edits from silently overwriting each other. Every insert, update and delete is
 * also appended to the audit trail.
 */
@MappedSuperclass
@EntityListeners({TrackingListener.class, AuditListener.class})
public abstract class Tracked implements Audited {

  public static final int USER_NAME_LENGTH = 100;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = USER_NAME_LENGTH)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Column(name = "updated_by", nullable = false, length = USER_NAME_LENGTH)
  private String updatedBy;

  void stampCreated(LocalDateTime at, String by) {
    createdAt = at;
    createdBy = by;
    stampUpdated(at, by);
  }

  void stampUpdated(LocalDateTime at, String by) {
    updatedAt = at;
    updatedBy = by;
  }

  public long getVersion() {
    return version;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }
}
