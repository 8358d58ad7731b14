package org.ascassure.council.entity;

/** The kinds of English council that carry adult social care duties. */
public enum CouncilType {
  COUNTY_COUNCIL("County council"),
  UNITARY_AUTHORITY("Unitary authority"),
  METROPOLITAN_DISTRICT("Metropolitan district"),
  LONDON_BOROUGH("London borough");

  private final String label;

  CouncilType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
