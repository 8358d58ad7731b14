package org.ascassure.framework.entity;

import java.util.Locale;
import java.util.regex.Pattern;
import org.ascassure.platform.boundary.InvalidInputException;

/** The short code of a quality statement or outcome within its framework: QS4, O7, D1. */
public record StatementCode(String value) {

  public static final int LENGTH = 10;
  private static final Pattern FORM = Pattern.compile("[A-Z]{1,4}[0-9]{1,3}");

  public StatementCode {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new InvalidInputException(
          "statement", "'" + value + "' is not a statement code such as QS4 or O7.");
    }
  }

  /** Reads user input leniently: surrounding blanks and lower case are accepted. */
  public static StatementCode parse(String input) {
    return new StatementCode(input == null ? null : input.strip().toUpperCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return value;
  }
}
