package org.ascassure.platform.boundary;

/** An upload's content is not of a type the product accepts, whatever its name says. */
public class UnsupportedContentException extends DomainException {

  public UnsupportedContentException(String message) {
    super(message);
  }
}
