package org.ascassure.platform.boundary;

/** The thing asked for does not exist (or the caller may not know that it does). */
public class NotFoundException extends DomainException {

  public NotFoundException(String what, Object key) {
    super(what + " " + key + " does not exist.");
  }

  /** With a message of its own, e.g. "Revision 4 of narrative KEY_RISKS does not exist." */
  public NotFoundException(String message) {
    super(message);
  }
}
