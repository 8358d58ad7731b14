package org.ascassure.improvement.entity;

/** Where an improvement action stands. */
public enum ActionStatus {
  NOT_STARTED,
  IN_PROGRESS,
  BLOCKED,
  COMPLETE,
  CANCELLED;

  /** Complete and cancelled actions are closed: they are neither overdue nor at risk. */
  public boolean isClosed() {
    return this == COMPLETE || this == CANCELLED;
  }
}
