package org.ascassure.platform.boundary;

/**
 * Someone else changed the record since the caller read it. Nothing was written; the caller has to
 * look at the current version and decide.
 */
public class StaleVersionException extends DomainException {

  private final long currentVersion;

  public StaleVersionException(String what, long expectedVersion, long currentVersion) {
    super(
        what
            + " was changed by someone else (you edited version "
            + expectedVersion
            + ", it is now at version "
            + currentVersion
            + "). Reload it, then apply your change again.");
    this.currentVersion = currentVersion;
  }

  public long currentVersion() {
    return currentVersion;
  }
}
