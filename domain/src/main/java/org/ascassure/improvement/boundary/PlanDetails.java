package org.ascassure.improvement.boundary;

/** A plan as a director states it: its title and, usually, the assessment it answers. */
public record PlanDetails(String title, Long assessmentId) {}
