package org.ascassure.improvement.entity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ascassure.platform.boundary.InvalidInputException;

/**
 * The period a highlight report covers: a calendar month ({@code 2026-11}) or a calendar quarter
 * ({@code 2026-Q4}). Delivery boards meet monthly and DHSC reporting is quarterly, so both are
 * needed; a month and the quarter containing it are different periods.
 */
public record ReportPeriod(String value, LocalDate start, LocalDate end) {

  public static final int LENGTH = 7;

  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");

  /** Reads {@code 2026-11} or {@code 2026-Q4}; anything else is invalid input. */
  public static ReportPeriod parse(String text) {
    String s = text == null ? "" : text.strip();
    Matcher month = MONTH.matcher(s);
    if (month.matches()) {
      int m = Integer.parseInt(month.group(2));
      if (m >= 1 && m <= 12) {
        YearMonth ym = YearMonth.of(Integer.parseInt(month.group(1)), m);
        return new ReportPeriod(ym.toString(), ym.atDay(1), ym.atEndOfMonth());
      }
    }
    Matcher quarter = QUARTER.matcher(s);
    if (quarter.matches()) {
      int year = Integer.parseInt(quarter.group(1));
      int q = Integer.parseInt(quarter.group(2));
      YearMonth first = YearMonth.of(year, 3 * q - 2);
      return new ReportPeriod(year + "-Q" + q, first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }
    throw new InvalidInputException(
        "period", "'" + s + "' is not a period: write a month as 2026-11 or a quarter as 2026-Q4.");
  }

  public boolean isQuarter() {
    return value.contains("Q");
  }

  /** "November 2026" or "Q4 2026 (October to December)". */
  public String label() {
    if (isQuarter()) {
      return value.substring(5)
          + " "
          + start.getYear()
          + " ("
          + start.getMonth().getDisplayName(TextStyle.FULL, Locale.UK)
          + " to "
          + end.getMonth().getDisplayName(TextStyle.FULL, Locale.UK)
          + ")";
    }
    return start.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + start.getYear();
  }

  @Override
  public String toString() {
    return value;
  }
}
