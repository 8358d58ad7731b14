package org.ascassure.kpi.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What defines a KPI, as a user gives it; {@code org.ascassure.kpi.boundary.Kpis} checks it before
 * a {@link Kpi} takes it. {@code reporters} lists who is expected to report (empty: anyone may, and
 * no submission is ever counted as missing); the anchor date fixes where weekly and four-weekly
 * periods start.
 */
public record KpiDefinition(
    String name,
    String description,
    String unit,
    KpiKind kind,
    Direction direction,
    BigDecimal target,
    BigDecimal amberTolerance,
    Frequency frequency,
    LocalDate anchorDate,
    Dimension dimension,
    List<Reporter> reporters,
    String exclusions) {

  public KpiDefinition {
    reporters = reporters == null ? List.of() : List.copyOf(reporters);
  }
}
