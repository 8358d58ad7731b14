package org.ascassure.security.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ascassure.security.entity.Role;
import org.junit.jupiter.api.Test;

class RoleMappingTest {

  private final RoleMapping mapping =
      RoleMapping.parse(" asc-admin=ADMIN, asc-lead = LEAD ,asc-director=DIRECTOR,");

  @Test
  void mappedGroupsGiveTheirRoles() {
    assertThat(mapping.rolesOf(List.of("asc-lead", "asc-director")))
        .containsExactlyInAnyOrder(Role.LEAD, Role.DIRECTOR);
  }

  @Test
  void keycloakGroupPathsMatchWithTheirLeadingSlash() {
    assertThat(mapping.rolesOf(List.of("/asc-admin"))).containsExactly(Role.ADMIN);
  }

  @Test
  void unmappedGroupsGiveNoRole() {
    assertThat(mapping.rolesOf(List.of("finance", "ASC-ADMIN", "asc-admins"))).isEmpty();
  }

  @Test
  void anUnknownRoleIsRefusedRatherThanIgnored() {
    assertThatThrownBy(() -> RoleMapping.parse("asc-admin=ADMINISTRATOR"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ADMINISTRATOR");
  }

  @Test
  void anEntryWithoutARoleIsRefused() {
    assertThatThrownBy(() -> RoleMapping.parse("asc-admin")).hasMessageContaining("group=ROLE");
  }

  @Test
  void noSettingMapsNothing() {
    assertThat(RoleMapping.parse("").isEmpty()).isTrue();
    assertThat(RoleMapping.parse(null).rolesOf(List.of("asc-admin"))).isEmpty();
  }
}
