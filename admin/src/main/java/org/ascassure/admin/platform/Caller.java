package org.ascassure.admin.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** The signed-in user, as pages need to know it: name, and what they may change. */
@Named
@RequestScoped
public class Caller {

  public static final String ADMIN = "ADMIN";

  public static final String AUDITOR = "AUDITOR";

  @Inject SecurityContext security;

  public String getName() {
    Principal principal = security.getCallerPrincipal();
    return principal == null ? null : principal.getName();
  }

  public boolean isSignedIn() {
    return getName() != null;
  }

  /** Administrators manage councils and record outcomes (later issues widen who writes what). */
  public boolean isAdmin() {
    return security.isCallerInRole(ADMIN);
  }

  /** Auditors read the audit trail of the councils they audit. */
  public boolean isAuditor() {
    return security.isCallerInRole(AUDITOR);
  }

  /** Refuses a change the caller's role does not allow, whatever the page showed them. */
  public void requireAdmin() {
    if (!isAdmin()) {
      throw new NotAllowedException("Only an administrator can make this change.");
    }
  }
}
