package org.ascassure.platform.control;

import java.util.StringJoiner;

/**
 * CSV as spreadsheets read it safely: RFC 4180 quoting, and no formula injection (a cell that
 * starts like a formula gets a leading apostrophe, so Excel shows it as text). Shared by every
 * export (audit trail, evidence bank).
 */
public final class Csv {

  /** Written first so that Excel opens the file as UTF-8 rather than the machine's code page. */
  public static final String BYTE_ORDER_MARK = "\uFEFF";

  public static final String MEDIA_TYPE = "text/csv";

  private Csv() {}

  public static String cell(String value) {
    if (value == null) {
      return "";
    }
    String text = value;
    // a cell starting like a formula would be run by Excel: make it plain text
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",")
        || text.contains("\"")
        || text.contains("\n")
        || text.contains("\r")
        || !text.equals(value)) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }

  /** One record: every value made a safe cell, ended by CRLF as RFC 4180 asks. */
  public static String row(String... values) {
    StringJoiner row = new StringJoiner(",", "", "\r\n");
    for (String value : values) {
      row.add(cell(value));
    }
    return row.toString();
  }
}
