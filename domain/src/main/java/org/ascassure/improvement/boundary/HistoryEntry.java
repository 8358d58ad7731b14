package org.ascassure.improvement.boundary;

import java.time.LocalDateTime;

/** One line of an action's history: a progress note, or a change the audit trail recorded. */
public record HistoryEntry(LocalDateTime at, String who, Kind kind, String text) {

  /** Where the line comes from. */
  public enum Kind {
    PROGRESS_NOTE,
    CHANGE
  }
}
