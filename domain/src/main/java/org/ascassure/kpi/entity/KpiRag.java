package org.ascassure.kpi.entity;

/** A figure against its target: meets it, misses it within the tolerance, or misses it. */
public enum KpiRag {
  GREEN,
  AMBER,
  RED
}
