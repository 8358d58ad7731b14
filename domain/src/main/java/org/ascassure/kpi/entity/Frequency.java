package org.ascassure.kpi.entity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * How often a KPI is reported, and so which periods exist. Weekly and four-weekly periods are 7 and
 * 28 days counted from the KPI's anchor date (in both directions); the others are calendar months
 * and the financial year's quarters, halves and whole year, which start on 1 April.
 */
public enum Frequency {
  WEEKLY("Weekly", 7, 0),
  FOUR_WEEKLY("Four-weekly", 28, 0),
  MONTHLY("Monthly", 0, 1),
  QUARTERLY("Quarterly", 0, 3),
  HALF_YEARLY("Half-yearly", 0, 6),
  ANNUAL("Annual", 0, 12);

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  /** The financial year starts in April; month counts below are months since an April. */
  private static final int FIRST_MONTH = 4;

  private final String label;
  private final int days;
  private final int months;

  Frequency(String label, int days, int months) {
    this.label = label;
    this.days = days;
    this.months = months;
  }

  public String label() {
    return label;
  }

  /** Whether periods are counted in days from an anchor date (weekly, four-weekly). */
  public boolean isAnchored() {
    return days > 0;
  }

  /** The period of this frequency that contains {@code day}. */
  public Period periodContaining(LocalDate day, LocalDate anchor) {
    if (isAnchored()) {
      long offset = Math.floorMod(ChronoUnit.DAYS.between(anchor, day), days);
      LocalDate start = day.minusDays(offset);
      return new Period(start, start.plusDays(days - 1L));
    }
    long sinceApril = day.getYear() * 12L + day.getMonthValue() - FIRST_MONTH;
    long first = sinceApril - Math.floorMod(sinceApril, months);
    YearMonth startMonth =
        YearMonth.of((int) Math.floorDiv(first + FIRST_MONTH - 1, 12), 1)
            .plusMonths(Math.floorMod(first + FIRST_MONTH - 1, 12));
    LocalDate start = startMonth.atDay(1);
    return new Period(start, start.plusMonths(months).minusDays(1));
  }

  public Period next(Period period, LocalDate anchor) {
    return periodContaining(period.end().plusDays(1), anchor);
  }

  public Period previous(Period period, LocalDate anchor) {
    return periodContaining(period.start().minusDays(1), anchor);
  }

  /**
   * What is wrong with {@code start} to {@code end} as one period of this frequency, in words that
   * say what the right period would be; empty when it is one.
   */
  public Optional<String> misalignment(LocalDate start, LocalDate end, LocalDate anchor) {
    Period expected = periodContaining(start, anchor);
    if (!expected.start().equals(start)) {
      return Optional.of(
          "A "
              + label.toLowerCase(Locale.UK)
              + " period "
              + rule()
              + ": "
              + start.format(DAY)
              + " falls in the period "
              + describe(expected)
              + ".");
    }
    if (!expected.end().equals(end)) {
      return Optional.of(
          "The "
              + label.toLowerCase(Locale.UK)
              + " period starting "
              + start.format(DAY)
              + " ends on "
              + expected.end().format(DAY)
              + ", not "
              + end.format(DAY)
              + ".");
    }
    return Optional.empty();
  }

  private String rule() {
    return switch (this) {
      case WEEKLY -> "is 7 days counted from the KPI's anchor date";
      case FOUR_WEEKLY -> "is 28 days counted from the KPI's anchor date";
      case MONTHLY -> "is a calendar month";
      case QUARTERLY -> "is a financial quarter (April to June, July to September, and so on)";
      case HALF_YEARLY -> "is April to September or October to March";
      case ANNUAL -> "is a financial year, 1 April to 31 March";
    };
  }

  /** A period as people name it: "May 2025", "Q1 2025/26", "02/06/2025 to 29/06/2025". */
  public String name(Period period) {
    return switch (this) {
      case MONTHLY -> period.start().format(MONTH);
      case QUARTERLY -> "Q" + (monthsIntoYear(period.start()) / 3 + 1) + " " + year(period.start());
      case HALF_YEARLY ->
          "H" + (monthsIntoYear(period.start()) / 6 + 1) + " " + year(period.start());
      case ANNUAL -> year(period.start());
      default -> describe(period);
    };
  }

  private static String describe(Period period) {
    return period.start().format(DAY) + " to " + period.end().format(DAY);
  }

  private static int monthsIntoYear(LocalDate day) {
    return Math.floorMod(day.getMonthValue() - FIRST_MONTH, 12);
  }

  /** The financial year a day falls in, as "2025/26". */
  private static String year(LocalDate day) {
    int first = day.getMonthValue() >= FIRST_MONTH ? day.getYear() : day.getYear() - 1;
    return first + "/" + String.format(Locale.ROOT, "%02d", (first + 1) % 100);
  }
}
