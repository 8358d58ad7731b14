package org.ascassure.provider.entity;

import java.time.LocalDate;

/** What describes a provider, as a user or an import gives it (checked by the boundary). */
public record ProviderDetails(
    String cqcLocationId,
    String name,
    ServiceType serviceType,
    Sector sector,
    boolean contracted,
    String area,
    LocalDate registeredOn,
    LocalDate deregisteredOn) {

  public ProviderDetails {
    cqcLocationId = cqcLocationId == null ? null : cqcLocationId.strip();
    name = name == null ? null : name.strip();
    area = area == null || area.isBlank() ? null : area.strip();
    sector = sector == null ? Sector.INDEPENDENT : sector;
    serviceType = serviceType == null ? ServiceType.OTHER : serviceType;
  }
}
