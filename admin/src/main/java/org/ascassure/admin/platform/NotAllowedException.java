package org.ascassure.admin.platform;

/** The caller's role does not allow what they asked for; shown as a message, nothing is saved. */
public class NotAllowedException extends RuntimeException {

  public NotAllowedException(String message) {
    super(message);
  }
}
