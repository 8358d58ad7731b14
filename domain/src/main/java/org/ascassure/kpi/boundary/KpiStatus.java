package org.ascassure.kpi.boundary;

import java.util.List;
import org.ascassure.kpi.entity.Kpi;
import org.ascassure.kpi.entity.Reporter;

/** A KPI at a glance: its last complete period's combined figure and who has not reported. */
public record KpiStatus(Kpi kpi, TrendPoint latest, List<Reporter> missing) {}
