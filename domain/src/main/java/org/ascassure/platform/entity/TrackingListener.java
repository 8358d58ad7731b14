package org.ascassure.platform.entity;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Stamps {@link Tracked} records with the signed-in caller, or "system" for start-up work. */
public class TrackingListener {

  static final String SYSTEM = "system";

  @PrePersist
  void created(Tracked tracked) {
    tracked.stampCreated(now(), caller());
  }

  @PreUpdate
  void updated(Tracked tracked) {
    tracked.stampUpdated(now(), caller());
  }

  private static LocalDateTime now() {
    return LocalDateTime.now(ZoneOffset.UTC);
  }

  private static String caller() {
    try {
      Principal principal = CDI.current().select(SecurityContext.class).get().getCallerPrincipal();
      return principal == null ? SYSTEM : principal.getName();
    } catch (RuntimeException noSecurityContextHere) {
      return SYSTEM;
    }
  }
}
