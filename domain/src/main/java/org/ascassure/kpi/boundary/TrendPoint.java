package org.ascassure.kpi.boundary;

import org.ascassure.kpi.entity.Figure;
import org.ascassure.kpi.entity.Period;
import org.ascassure.kpi.entity.Rating;

/**
 * A KPI's figure for one period, all reporters together: ratios add up numerators and denominators
 * (so large providers weigh more), values are averaged. {@code figure} and {@code rating} are null
 * for a period nobody reported.
 */
public record TrendPoint(
    Period period, String name, Figure figure, Rating rating, int reported, int expected) {

  public boolean hasFigure() {
    return figure != null;
  }
}
