package org.ascassure.kpi.entity;

/** How a KPI's figure is reported: a count out of a count (shown as a percentage) or one value. */
public enum KpiKind {
  RATIO,
  VALUE
}
