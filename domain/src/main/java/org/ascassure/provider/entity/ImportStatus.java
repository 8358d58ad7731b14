package org.ascassure.provider.entity;

/** Where an import job is. */
public enum ImportStatus {
  RUNNING,
  DONE,
  FAILED
}
