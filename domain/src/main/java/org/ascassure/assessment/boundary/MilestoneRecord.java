package org.ascassure.assessment.boundary;

import java.time.LocalDate;
import org.ascassure.assessment.entity.MilestoneKind;

/** A milestone's dates as a user states them; the case count only for case tracking. */
public record MilestoneRecord(
    MilestoneKind kind, LocalDate plannedOn, LocalDate actualOn, Integer caseCount, String note) {}
