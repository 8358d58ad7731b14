package org.ascassure.security.control;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.ascassure.security.entity.Role;

/**
 * Which application roles an identity provider's group names give, written as {@code
 * group=ROLE,group=ROLE} (for example {@code asc-admin=ADMIN,asc-lead=LEAD}). Group names are
 * compared exactly; a leading slash, as Keycloak writes full group paths, is ignored.
 */
public final class RoleMapping {

  private final Map<String, Role> roleByGroup;

  private RoleMapping(Map<String, Role> roleByGroup) {
    this.roleByGroup = Map.copyOf(roleByGroup);
  }

  /**
   * Reads the setting; refuses anything it cannot read in full, so that a typing error never
   * silently gives or withholds a role.
   */
  public static RoleMapping parse(String setting) {
    Map<String, Role> mapping = new LinkedHashMap<>();
    if (setting == null || setting.isBlank()) {
      return new RoleMapping(mapping);
    }
    for (String pair : setting.split(",")) {
      String entry = pair.strip();
      if (entry.isEmpty()) {
        continue;
      }
      int equals = entry.lastIndexOf('=');
      if (equals <= 0 || equals == entry.length() - 1) {
        throw new IllegalArgumentException(
            "ascassure.oidc.role-mapping: '" + entry + "' is not group=ROLE");
      }
      String group = withoutLeadingSlash(entry.substring(0, equals).strip());
      String role = entry.substring(equals + 1).strip();
      try {
        mapping.put(group, Role.valueOf(role));
      } catch (IllegalArgumentException unknown) {
        throw new IllegalArgumentException(
            "ascassure.oidc.role-mapping: '" + role + "' is not one of " + Set.of(Role.values()));
      }
    }
    return new RoleMapping(mapping);
  }

  /** The roles the given groups give; groups that are not mapped give nothing. */
  public Set<Role> rolesOf(Collection<String> groups) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String group : groups) {
      Role role = roleByGroup.get(withoutLeadingSlash(group.strip()));
      if (role != null) {
        roles.add(role);
      }
    }
    return roles;
  }

  public boolean isEmpty() {
    return roleByGroup.isEmpty();
  }

  private static String withoutLeadingSlash(String group) {
    return group.startsWith("/") ? group.substring(1) : group;
  }
}
