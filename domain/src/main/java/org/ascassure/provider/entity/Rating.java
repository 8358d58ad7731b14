package org.ascassure.provider.entity;

import java.util.Locale;
import java.util.Optional;

/** A CQC rating, best first. */
public enum Rating {
  OUTSTANDING("Outstanding"),
  GOOD("Good"),
  REQUIRES_IMPROVEMENT("Requires improvement"),
  INADEQUATE("Inadequate"),
  NOT_YET_RATED("Not yet rated");

  private final String label;

  Rating(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public String getLabel() {
    return label;
  }

  /** Whether this is a real judgement (not "not yet rated"). */
  public boolean isRated() {
    return this != NOT_YET_RATED;
  }

  public boolean isGoodOrOutstanding() {
    return this == OUTSTANDING || this == GOOD;
  }

  /** Whether {@code later} is a worse judgement than this one; unrated on either side is not. */
  public boolean fellTo(Rating later) {
    return isRated() && later.isRated() && later.ordinal() > ordinal();
  }

  /**
   * The rating CQC's text names ("Requires improvement", "requires_improvement", "Not yet rated"),
   * or empty when it names none.
   */
  public static Optional<Rating> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String key = text.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z]+", "_");
    key = key.replaceAll("^_|_$", "");
    for (Rating rating : values()) {
      if (rating.name().equals(key)) {
        return Optional.of(rating);
      }
    }
    return Optional.empty();
  }
}
