package org.ascassure.assessment.boundary;

import java.time.LocalDate;

/** What the council has to do next for an assessment, and by when. */
public record NextDue(String what, LocalDate dueOn, boolean overdue) {}
