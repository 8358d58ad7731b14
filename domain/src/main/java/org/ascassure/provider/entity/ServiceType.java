package org.ascassure.provider.entity;

/** The kind of regulated service a location provides. */
public enum ServiceType {
  CARE_HOME_RESIDENTIAL("Care home (residential)"),
  CARE_HOME_NURSING("Care home (nursing)"),
  HOME_CARE("Home care"),
  SUPPORTED_LIVING("Supported living"),
  EXTRA_CARE("Extra care"),
  OTHER("Other");

  private final String label;

  ServiceType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public String getLabel() {
    return label;
  }
}
