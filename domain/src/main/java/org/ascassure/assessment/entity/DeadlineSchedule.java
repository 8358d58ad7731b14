package org.ascassure.assessment.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When a follow-up falls due, counted from the publication date: {@code offset} days or months
 * after it, then (for a repeating rule) every {@code repeatEveryMonths} months until {@code
 * occurrences} dates are reached. Every date is counted from publication itself, never from the
 * previous date, so that a month end does not drift: published 30 November, the quarterly dates are
 * 28/29 February, 30 May, 30 August, 30 November.
 *
 * <p>Adding months keeps the day of the month, or the month's last day where it has fewer days
 * ({@link LocalDate#plusMonths}): 30 November 2024 + 3 months = 28 February 2025.
 */
public record DeadlineSchedule(
    int offset, DeadlineUnit unit, Integer repeatEveryMonths, int occurrences) {

  public DeadlineSchedule {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative");
    }
    if (occurrences < 1) {
      throw new IllegalArgumentException("at least one occurrence");
    }
    if (occurrences > 1 && (repeatEveryMonths == null || repeatEveryMonths < 1)) {
      throw new IllegalArgumentException("a repeating deadline needs an interval in months");
    }
  }

  public static DeadlineSchedule once(int offset, DeadlineUnit unit) {
    return new DeadlineSchedule(offset, unit, null, 1);
  }

  public List<LocalDate> datesAfter(LocalDate publishedOn) {
    List<LocalDate> dates = new ArrayList<>();
    for (int i = 0; i < occurrences; i++) {
      int extraMonths = i == 0 ? 0 : i * repeatEveryMonths;
      dates.add(
          unit == DeadlineUnit.DAYS
              ? publishedOn.plusDays(offset).plusMonths(extraMonths)
              : publishedOn.plusMonths((long) offset + extraMonths));
    }
    return dates;
  }
}
