package org.ascassure.platform.boundary;

/** One thing wrong with one input field, in words a user can act on. */
public record FieldError(String field, String message) {}
