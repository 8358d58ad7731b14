package org.ascassure.council.entity;

import java.util.Locale;
import java.util.regex.Pattern;
import org.ascassure.platform.boundary.InvalidInputException;

/** The Office for National Statistics code of an English council: E, two digits, six digits. */
public record OnsCode(String value) {

  public static final int LENGTH = 9;
  private static final Pattern FORM = Pattern.compile("E[0-9]{8}");

  public OnsCode {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new InvalidInputException(
          "onsCode",
          "'" + value + "' is not an ONS code for an English council, such as E10000018.");
    }
  }

  public static OnsCode parse(String input) {
    return new OnsCode(input == null ? null : input.strip().toUpperCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return value;
  }
}
