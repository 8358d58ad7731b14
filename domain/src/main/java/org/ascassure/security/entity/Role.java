package org.ascassure.security.entity;

/** What a user may do. Names are used as Jakarta Security groups and roles as they are. */
public enum Role {
  ADMIN,
  LEAD,
  DIRECTOR,
  AUDITOR;

  public static final String ADMIN_NAME = "ADMIN";
  public static final String LEAD_NAME = "LEAD";
  public static final String DIRECTOR_NAME = "DIRECTOR";
  public static final String AUDITOR_NAME = "AUDITOR";
}
