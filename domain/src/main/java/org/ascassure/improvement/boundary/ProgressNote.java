package org.ascassure.improvement.boundary;

import java.time.LocalDate;
import org.ascassure.improvement.entity.ActionStatus;

/**
 * A progress update: the note, and optionally the new status (with the reason when blocked) and
 * percent complete it reports. The date defaults to today.
 */
public record ProgressNote(
    LocalDate writtenOn,
    String note,
    ActionStatus status,
    Integer percentComplete,
    String blockedReason) {}
