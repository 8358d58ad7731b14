package org.ascassure.improvement.boundary;

import org.ascassure.improvement.entity.ActionStatus;
import org.ascassure.improvement.entity.Rag;

/**
 * An action as a whole, as an edit sends it back. A lead may change only the status, the percent
 * complete and the blocked reason of an action they own; the rest must stay as it was.
 */
public record ActionChange(
    ActionDetails details,
    ActionStatus status,
    int percentComplete,
    String blockedReason,
    Rag ragOverride,
    String ragOverrideReason) {}
