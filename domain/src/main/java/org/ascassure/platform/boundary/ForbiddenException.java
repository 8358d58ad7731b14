package org.ascassure.platform.boundary;

/** The caller may see the thing but their role does not allow this change. */
public class ForbiddenException extends DomainException {

  public ForbiddenException(String message) {
    super(message);
  }
}
