package org.ascassure.platform.boundary;

/** Which slice of a list to return. Pages count from 1. */
public record PageRequest(int page, int size) {

  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 200;

  public PageRequest {
    if (page < 1) {
      throw new InvalidInputException("page", "page must be 1 or more");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidInputException("size", "size must be between 1 and " + MAX_SIZE);
    }
  }

  public static PageRequest first() {
    return new PageRequest(1, DEFAULT_SIZE);
  }

  public int offset() {
    return (page - 1) * size;
  }
}
