package org.ascassure.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ascassure.platform.boundary.ForbiddenException;
import org.ascassure.platform.boundary.NotFoundException;
import org.ascassure.security.control.CallerRecords;
import org.ascassure.security.entity.Role;

/**
 * Who may see and change what, decided in the domain for every path: administrators everything;
 * everyone else only the councils they are members of. Work with no caller at all is the system's
 * own (start-up, migrations): every way in from outside - the API and the admin UI - requires a
 * signed-in caller before it reaches the domain.
 */
@ApplicationScoped
public class Access {

  /** The caller as access rules see them. */
  public record Caller(String name, boolean system, boolean admin, Map<Long, Set<Role>> councils) {

    public boolean seesEverything() {
      return system || admin;
    }

    public boolean isMember(long councilId) {
      return councils.containsKey(councilId);
    }

    public boolean hasRoleAt(long councilId, Role role) {
      return councils.getOrDefault(councilId, Set.of()).contains(role);
    }
  }

  @Inject SecurityContext security;

  @Inject CallerRecords records;

  public Caller caller() {
    Principal principal = security.getCallerPrincipal();
    if (principal == null) {
      return new Caller("system", true, false, Map.of());
    }
    Map<Long, Set<Role>> councils = new HashMap<>();
    records
        .memberships(principal.getName())
        .forEach(
            m ->
                councils
                    .computeIfAbsent(m.councilId(), id -> EnumSet.noneOf(Role.class))
                    .add(m.role()));
    return new Caller(principal.getName(), false, records.isAdmin(principal.getName()), councils);
  }

  /** The councils the caller may read, or empty when they may read every council. */
  public Optional<Set<Long>> readableCouncils() {
    Caller caller = caller();
    return caller.seesEverything() ? Optional.empty() : Optional.of(caller.councils().keySet());
  }

  public boolean canRead(long councilId) {
    Caller caller = caller();
    return caller.seesEverything() || caller.isMember(councilId);
  }

  /**
   * Refuses a council the caller is not a member of as if it did not exist, so that nobody learns
   * which other councils use the system.
   */
  public void requireRead(long councilId) {
    if (!canRead(councilId)) {
      throw new NotFoundException("Council", councilId);
    }
  }

  /**
   * Allows a change at a council to administrators and to members holding one of {@code roles}
   * there. A non-member learns nothing (404, as if the council did not exist); a member whose role
   * does not allow it is told so (403).
   */
  public Caller requireRole(long councilId, String what, Role... roles) {
    Caller caller = caller();
    if (caller.seesEverything()) {
      return caller;
    }
    if (!caller.isMember(councilId)) {
      throw new NotFoundException("Council", councilId);
    }
    for (Role role : roles) {
      if (caller.hasRoleAt(councilId, role)) {
        return caller;
      }
    }
    throw new ForbiddenException("Your role at this council does not allow you to " + what + ".");
  }

  /**
   * The theme or statement codes a lead may edit at a council: empty when unrestricted (any other
   * role that may edit, an administrator, or a lead without a scope).
   */
  public Set<String> leadScope(long councilId) {
    Caller caller = caller();
    if (caller.seesEverything() || caller.system()) {
      return Set.of();
    }
    Set<String> scope = new java.util.TreeSet<>();
    for (CallerRecords.Member m : records.memberships(caller.name())) {
      if (m.councilId() != councilId || m.role() != Role.LEAD) {
        continue;
      }
      if (m.scope().isEmpty()) {
        return Set.of();
      }
      scope.addAll(m.scope());
    }
    return scope;
  }

  /** Administrators' work: councils, frameworks, users and memberships, published outcomes. */
  public void requireAdmin(String what) {
    if (!caller().seesEverything()) {
      throw new ForbiddenException("Only an administrator can " + what + ".");
    }
  }
}
