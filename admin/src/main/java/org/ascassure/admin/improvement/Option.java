package org.ascassure.admin.improvement;

/** One choice of a plain GET filter form, and whether it is the current one. */
public record Option(String value, String label, boolean selected) {}
