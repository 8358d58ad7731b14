package org.ascassure.platform.boundary;

import jakarta.ejb.ApplicationException;

/** A business rule said no. The transaction is rolled back; the edges turn it into a problem. */
@ApplicationException(rollback = true)
public abstract class DomainException extends RuntimeException {

  protected DomainException(String message) {
    super(message);
  }
}
