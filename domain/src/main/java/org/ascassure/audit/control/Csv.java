package org.ascassure.audit.control;

/** CSV cells as spreadsheets read them safely (RFC 4180 quoting, no formula injection). */
public final class Csv {

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
}
