package org.ascassure.platform.boundary;

/**
 * A sign-in through the identity provider was refused. The message is for the log; the reason
 * decides what the person or API client is told.
 */
public class SignInRefusedException extends DomainException {

  /** Why, as far as the one signing in may know. */
  public enum Reason {
    /** The token or the answer is not one we can trust: forged, expired, replayed, mismatched. */
    INVALID,
    /** The identity provider vouches for the person but gives them no role here. */
    NO_ROLE,
    /** The matching user of ASC Assure is disabled. */
    DISABLED,
    /** The identity provider could not be reached or answered nonsense. */
    UNAVAILABLE
  }

  private final Reason reason;

  public SignInRefusedException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public SignInRefusedException(Reason reason, String message, Throwable cause) {
    this(reason, message);
    initCause(cause);
  }

  public Reason reason() {
    return reason;
  }
}
