package org.ascassure.platform.control;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** Who is doing the current work: the signed-in caller, or "system" for start-up and jobs. */
public final class CurrentCaller {

  public static final String SYSTEM = "system";

  private CurrentCaller() {}

  public static String name() {
    try {
      Principal principal = CDI.current().select(SecurityContext.class).get().getCallerPrincipal();
      return principal == null ? SYSTEM : principal.getName();
    } catch (RuntimeException noSecurityContextHere) {
      return SYSTEM;
    }
  }
}
