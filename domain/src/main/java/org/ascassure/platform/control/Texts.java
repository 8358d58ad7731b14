package org.ascassure.platform.control;

import java.util.List;
import org.ascassure.platform.boundary.FieldError;

/** What every component does with free text typed by a person: strip it, and check its length. */
public final class Texts {

  private Texts() {}

  /** The text without surrounding blanks, or null when there is none. */
  public static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /**
   * Adds a field error when {@code value} is missing but {@code required}, or longer than {@code
   * max} once stripped; {@code words} names the field as a sentence does ("version label").
   */
  public static void check(
      List<FieldError> errors,
      String field,
      String words,
      String value,
      int max,
      boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        errors.add(new FieldError(field, "The " + words + " is required."));
      }
    } else if (value.strip().length() > max) {
      errors.add(
          new FieldError(field, "The " + words + " may have at most " + max + " characters."));
    }
  }
}
