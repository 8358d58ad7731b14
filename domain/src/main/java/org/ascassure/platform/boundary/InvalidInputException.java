package org.ascassure.platform.boundary;

import java.util.List;

/** The input breaks a rule; {@link #errors()} says which field and why. */
public class InvalidInputException extends DomainException {

  private final List<FieldError> errors;

  public InvalidInputException(String message, List<FieldError> errors) {
    super(message);
    this.errors = List.copyOf(errors);
  }

  public InvalidInputException(String field, String message) {
    this(message, List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
