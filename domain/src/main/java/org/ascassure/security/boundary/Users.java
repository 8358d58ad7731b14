package org.ascassure.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ascassure.council.boundary.Councils;
import org.ascassure.platform.boundary.ConflictException;
import org.ascassure.platform.boundary.FieldError;
import org.ascassure.platform.boundary.InvalidInputException;
import org.ascassure.platform.boundary.NotFoundException;
import org.ascassure.platform.boundary.Page;
import org.ascassure.platform.boundary.PageRequest;
import org.ascassure.platform.boundary.StaleVersionException;
import org.ascassure.security.control.Passwords;
import org.ascassure.security.entity.AppUser;
import org.ascassure.security.entity.Membership;
import org.ascassure.security.entity.Role;

/** The application's own user store. */
@Stateless
public class Users {

  @PersistenceContext EntityManager em;

  @Inject Passwords passwords;

  @Inject Access access;

  @Inject Councils councils;

  public Optional<AppUser> findByUsername(String username) {
    return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  public AppUser create(String username, String displayName, String password, Set<Role> roles) {
    access.requireAdmin("add users");
    List<FieldError> errors = new ArrayList<>();
    if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{1,99}")) {
      errors.add(
          new FieldError(
              "username",
              "A user name is 2 to 100 lower-case letters, digits, dots, dashes or underscores."));
    }
    if (displayName == null || displayName.isBlank()) {
      errors.add(new FieldError("displayName", "A display name is required."));
    }
    if (roles == null || roles.isEmpty()) {
      errors.add(new FieldError("roles", "A user needs at least one role."));
    }
    errors.addAll(Passwords.policyViolations(username, password));
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The user cannot be created.", errors);
    }
    if (findByUsername(username).isPresent()) {
      throw new ConflictException("A user named " + username + " already exists.");
    }
    AppUser user = new AppUser(username, displayName.strip(), passwords.hash(password), roles);
    em.persist(user);
    return user;
  }

  public Optional<AppUser> find(long id) {
    access.requireAdmin("manage users");
    return Optional.ofNullable(em.find(AppUser.class, id));
  }

  public AppUser get(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("User", id));
  }

  /**
   * Lets a user sign in again, or stops them: a disabled user's password is refused and their
   * memberships no longer count, from their next request on. Administrators cannot disable
   * themselves, so that at least one administrator always remains.
   */
  public AppUser setEnabled(long id, long expectedVersion, boolean enabled) {
    access.requireAdmin("enable or disable users");
    AppUser user = get(id);
    if (user.getVersion() != expectedVersion) {
      throw new StaleVersionException("User", expectedVersion, user.getVersion());
    }
    if (!enabled && user.getUsername().equals(access.caller().name())) {
      throw new ConflictException("You cannot disable your own user.");
    }
    user.allowSignIn(enabled);
    em.flush();
    return user;
  }

  /** Everyone who can sign in, by user name; administrators only. */
  public Page<AppUser> list(PageRequest request) {
    access.requireAdmin("manage users");
    List<AppUser> items =
        em.createNamedQuery(AppUser.ALL, AppUser.class)
            .setFirstResult(request.offset())
            .setMaxResults(request.size())
            .getResultList();
    long total = em.createNamedQuery(AppUser.COUNT, Long.class).getSingleResult();
    return new Page<>(items, request.page(), request.size(), total);
  }

  /**
   * Makes a user a member of a council in a role. LEAD, DIRECTOR and AUDITOR are council roles;
   * ADMIN is a system role and cannot be given per council. A lead's scope lists the theme or
   * statement codes they may edit (none: the whole council).
   */
  public Membership addMembership(long userId, long councilId, Role role, List<String> scope) {
    access.requireAdmin("manage memberships");
    AppUser user = get(userId);
    councils.get(councilId);
    List<FieldError> errors = new ArrayList<>();
    if (role == null || role == Role.ADMIN) {
      errors.add(new FieldError("role", "A council role is one of LEAD, DIRECTOR or AUDITOR."));
    }
    List<String> codes = scope == null ? List.of() : scope.stream().map(String::strip).toList();
    if (!codes.isEmpty() && role != Role.LEAD) {
      errors.add(new FieldError("scope", "Only a lead's membership can be limited to themes."));
    }
    if (String.join(",", codes).length() > Membership.SCOPE_LENGTH
        || codes.stream().anyMatch(c -> !c.matches("[A-Za-z0-9_]{1,40}"))) {
      errors.add(new FieldError("scope", "The scope lists theme or statement codes, such as QS1."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The membership cannot be added.", errors);
    }
    boolean exists =
        membershipsOf(userId).stream()
            .anyMatch(m -> m.getCouncilId() == councilId && m.getRole() == role);
    if (exists) {
      throw new ConflictException(
          user.getUsername() + " is already " + role + " at council " + councilId + ".");
    }
    Membership membership = new Membership(user, councilId, role, codes);
    em.persist(membership);
    user.grant(role);
    em.flush();
    return membership;
  }

  public void removeMembership(long userId, long membershipId) {
    access.requireAdmin("manage memberships");
    Membership membership = em.find(Membership.class, membershipId);
    if (membership == null || !membership.getUser().getId().equals(userId)) {
      throw new NotFoundException("Membership", membershipId);
    }
    em.remove(membership);
    em.flush();
  }

  public List<Membership> membershipsOf(long userId) {
    access.requireAdmin("see memberships");
    return em.createNamedQuery(Membership.OF_USER_ID, Membership.class)
        .setParameter("userId", userId)
        .getResultList();
  }
}
