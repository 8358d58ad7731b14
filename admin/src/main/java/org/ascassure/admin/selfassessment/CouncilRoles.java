package org.ascassure.admin.selfassessment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ascassure.security.boundary.Access;
import org.ascassure.security.entity.Role;

/**
 * What the signed-in user is at a council, for deciding which buttons a page offers. The domain
 * decides again on every write; this only keeps people from being shown what they cannot do.
 */
@Named
@RequestScoped
public class CouncilRoles {

  @Inject Access access;

  private Access.Caller caller;

  private Access.Caller caller() {
    if (caller == null) {
      caller = access.caller();
    }
    return caller;
  }

  public boolean isAdmin() {
    return caller().seesEverything();
  }

  public boolean has(long councilId, Role role) {
    return isAdmin() || caller().hasRoleAt(councilId, role);
  }

  public boolean isLead(long councilId) {
    return has(councilId, Role.LEAD);
  }

  public boolean isDirector(long councilId) {
    return has(councilId, Role.DIRECTOR);
  }

  public boolean isAuditor(long councilId) {
    return has(councilId, Role.AUDITOR);
  }

  /** Leads and directors start self-assessments, record sign-off and publish versions. */
  public boolean mayManage(long councilId) {
    return isLead(councilId) || isDirector(councilId);
  }

  /** Whether the user holds a role anywhere (drives the navigation links). */
  public boolean isLeadAnywhere() {
    return caller().councils().values().stream().anyMatch(r -> r.contains(Role.LEAD));
  }

  public boolean isAuditorAnywhere() {
    return caller().councils().values().stream().anyMatch(r -> r.contains(Role.AUDITOR));
  }

  public java.util.Set<Long> memberOf() {
    return caller().councils().keySet();
  }
}
