package org.ascassure.web.user;

import java.util.List;
import org.ascassure.security.entity.AppUser;
import org.ascassure.security.entity.Membership;

/** A user as administrators read it: never the password hash. */
public record UserView(
    long id,
    String username,
    String displayName,
    boolean enabled,
    List<String> roles,
    List<MembershipView> memberships,
    long version) {

  /** One council role. */
  public record MembershipView(long id, long councilId, String role, List<String> scope) {
    static MembershipView of(Membership m) {
      return new MembershipView(m.getId(), m.getCouncilId(), m.getRole().name(), m.getScope());
    }
  }

  static UserView of(AppUser user, List<Membership> memberships) {
    return new UserView(
        user.getId(),
        user.getUsername(),
        user.getDisplayName(),
        user.isEnabled(),
        user.getRoles().stream().map(Enum::name).sorted().toList(),
        memberships.stream().map(MembershipView::of).toList(),
        user.getVersion());
  }
}
