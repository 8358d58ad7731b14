package org.ascassure.improvement.entity;

/**
 * Red, amber, green - and blue for done. {@link #NONE} is for cancelled actions, which are not
 * rated and not counted. The severity orders how worrying a colour is: a change to a higher
 * severity is a worsening.
 */
public enum Rag {
  BLUE(0),
  GREEN(1),
  AMBER(2),
  RED(3),
  NONE(-1);

  private final int severity;

  Rag(int severity) {
    this.severity = severity;
  }

  /** Whether going from {@code before} to this colour is a worsening (both must be rated). */
  public boolean isWorseThan(Rag before) {
    return this != NONE && before != NONE && severity > before.severity;
  }

  public boolean isRated() {
    return this != NONE;
  }
}
