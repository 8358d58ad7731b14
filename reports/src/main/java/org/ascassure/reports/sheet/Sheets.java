package org.ascassure.reports.sheet;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.Worksheet;

/**
 * How our workbooks look and read: a bold heading row that stays in view and repeats on every
 * printed page, dates as real dates (so they sort and filter), free text as inline strings (kept
 * out of the shared-string table, which fastexcel holds in memory until the end).
 */
public final class Sheets {

  public static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  public static final String DATE = "dd/mm/yyyy";
  public static final String DATE_TIME = "dd/mm/yyyy hh:mm";
  public static final String PERCENT = "0%";
  public static final String MONEY = "£#,##0";

  private Sheets() {}

  /** Writes the heading row at {@code row}, freezes the rows down to it and repeats it in print. */
  public static void headings(Worksheet sheet, int row, List<String> headings) {
    for (int c = 0; c < headings.size(); c++) {
      sheet.value(row, c, headings.get(c));
    }
    sheet.range(row, 0, row, headings.size() - 1).style().bold().fillColor("D9E2F3").set();
    sheet.freezePane(0, row + 1);
    sheet.repeatRows(row);
  }

  /**
   * Writes a heading row of one of several tables on a sheet: bold and shaded, but neither frozen
   * nor repeated in print (only one row of a sheet can be).
   */
  public static void tableHeadings(Worksheet sheet, int row, List<String> headings) {
    for (int c = 0; c < headings.size(); c++) {
      sheet.value(row, c, headings.get(c));
    }
    sheet.range(row, 0, row, headings.size() - 1).style().bold().fillColor("D9E2F3").set();
  }

  public static void text(Worksheet sheet, int row, int column, String value) {
    if (value != null && !value.isEmpty()) {
      sheet.inlineString(row, column, value);
    }
  }

  public static void date(Worksheet sheet, int row, int column, LocalDate value) {
    if (value != null) {
      sheet.value(row, column, value);
      sheet.style(row, column).format(DATE).set();
    }
  }

  public static void dateTime(Worksheet sheet, int row, int column, LocalDateTime value) {
    if (value != null) {
      sheet.value(row, column, value);
      sheet.style(row, column).format(DATE_TIME).set();
    }
  }

  public static void number(Worksheet sheet, int row, int column, Number value) {
    if (value != null) {
      sheet.value(row, column, value);
    }
  }

  public static void number(Worksheet sheet, int row, int column, Number value, String format) {
    if (value != null) {
      sheet.value(row, column, value);
      sheet.style(row, column).format(format).set();
    }
  }
}
