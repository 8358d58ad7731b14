package org.ascassure.audit.entity;

import java.util.Map;

/** A record whose changes the audit trail keeps. */
public interface Audited {

  /** What kind of record, as auditors read it: "Council". */
  String auditType();

  /** The record's id; null before it is stored. */
  Object auditId();

  /** The council the record belongs to, or null for system-wide records such as users. */
  Long auditCouncilId();

  /**
   * The business fields and their values (strings, numbers, booleans or null) - never secrets. A
   * change is a field whose value differs before and after the write.
   */
  Map<String, Object> auditState();
}
