package org.ascassure.kpi.entity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A reporting period, first and last day included. */
public record Period(LocalDate start, LocalDate end) implements Comparable<Period> {

  public Period {
    if (start == null || end == null || end.isBefore(start)) {
      throw new IllegalArgumentException("A period runs from its start to an end not before it.");
    }
  }

  public long days() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  @Override
  public int compareTo(Period other) {
    return start.compareTo(other.start);
  }
}
