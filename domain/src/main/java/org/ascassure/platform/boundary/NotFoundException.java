package org.ascassure.platform.boundary;

/** The thing asked for does not exist (or the caller may not know that it does). */
public class NotFoundException extends DomainException {

  public NotFoundException(String what, Object key) {
    super(what + " " + key + " does not exist.");
  }
}
