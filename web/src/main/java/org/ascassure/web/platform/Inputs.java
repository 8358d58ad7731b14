package org.ascassure.web.platform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ascassure.platform.boundary.FieldError;
import org.ascassure.platform.boundary.InvalidInputException;

/**
 * Turns text from a request into domain values, collecting every problem instead of stopping at the
 * first, so that the client learns everything that is wrong at once.
 */
public final class Inputs {

  private final List<FieldError> errors = new java.util.ArrayList<>();

  public static Inputs check() {
    return new Inputs();
  }

  public static <T> T required(T body) {
    if (body == null) {
      throw new InvalidInputException("body", "A JSON request body is required.");
    }
    return body;
  }

  public <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, field + " is required: one of " + names(type) + "."));
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError(field, "'" + value + "' is not one of " + names(type) + "."));
      return null;
    }
  }

  public LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "'" + value + "' is not a date in the form 2025-09-17."));
      return null;
    }
  }

  /**
   * A whole number from a JSON number (3 or 3.0, not 3.5, nor a string, nor anything of a thousand
   * or more); records the problem against {@code field} otherwise.
   */
  public Integer wholeNumber(String field, Object raw) {
    if (raw instanceof Number number) {
      BigDecimal value = new BigDecimal(number.toString());
      if (value.stripTrailingZeros().scale() <= 0
          && value.abs().compareTo(BigDecimal.valueOf(1000)) < 0) {
        return value.intValue();
      }
    }
    errors.add(new FieldError(field, "'" + raw + "' is not a whole number."));
    return null;
  }

  /** Converts with {@code parser}, recording its complaint against {@code field}. */
  public <T> T value(String field, Function<String, T> parser, String value) {
    try {
      return parser.apply(value);
    } catch (InvalidInputException e) {
      e.errors().forEach(error -> errors.add(new FieldError(field, error.message())));
      return null;
    }
  }

  public void add(FieldError error) {
    errors.add(error);
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** Adds an error found later unless its field already has one. */
  public void addUnlessReported(FieldError error) {
    if (errors.stream().noneMatch(known -> known.field().equals(error.field()))) {
      errors.add(error);
    }
  }

  /** Throws if anything was wrong. */
  public void orFail(String summary) {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(summary, errors);
    }
  }

  private static <E extends Enum<E>> String names(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
