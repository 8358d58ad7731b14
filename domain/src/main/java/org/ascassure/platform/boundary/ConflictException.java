package org.ascassure.platform.boundary;

/** The change would clash with data that already exists, such as a duplicate code. */
public class ConflictException extends DomainException {

  public ConflictException(String message) {
    super(message);
  }
}
