package org.ascassure.kpi.boundary;

import org.ascassure.kpi.entity.KpiSubmission;
import org.ascassure.kpi.entity.Rating;

/** One reporter's place for a period, best first; equal figures share a rank. */
public record LeagueRow(int rank, KpiSubmission submission, Rating rating) {}
