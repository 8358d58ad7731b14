package org.ascassure.audit.entity;

/** What a write did to a record. */
public enum AuditAction {
  CREATE,
  UPDATE,
  DELETE
}
