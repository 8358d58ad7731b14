package org.ascassure.security.boundary;

import static org.ascassure.platform.boundary.SignInRefusedException.Reason.DISABLED;
import static org.ascassure.platform.boundary.SignInRefusedException.Reason.INVALID;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import java.util.logging.Logger;
import org.ascassure.platform.boundary.SignInRefusedException;
import org.ascassure.security.control.Passwords;
import org.ascassure.security.entity.AppUser;
import org.ascassure.security.entity.Role;

/**
 * The application's user behind a person the identity provider vouches for, matched by user name
 * ({@code preferred_username}). A person the store does not know yet is added at their first
 * sign-in with a long random password nobody knows, so they can sign in only through the identity
 * provider; an administrator then gives them council memberships as for any other user. The system
 * role ADMIN follows the identity provider's groups at every sign-in, both ways; council roles come
 * from memberships, never from the identity provider.
 */
@Stateless
public class FederatedUsers {

  private static final Logger LOG = Logger.getLogger(FederatedUsers.class.getName());
  private static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{1,99}";

  @PersistenceContext EntityManager em;

  @Inject Users users;

  @Inject Passwords passwords;

  /**
   * The user for a verified identity, added or brought in line with the identity provider's roles.
   *
   * @param roles the roles the identity provider's groups map to; not empty
   */
  public AppUser signedIn(String username, String displayName, Set<Role> roles) {
    if (username == null || !username.matches(USERNAME_PATTERN)) {
      throw new SignInRefusedException(
          INVALID, "preferred_username '" + username + "' is not a user name ASC Assure accepts");
    }
    AppUser user = users.findByUsername(username).orElse(null);
    if (user == null) {
      String name = displayName == null || displayName.isBlank() ? username : displayName.strip();
      name = name.length() > AppUser.DISPLAY_NAME_LENGTH ? username : name;
      String unusable = passwords.hash(Passwords.generate() + Passwords.generate());
      user = new AppUser(username, name, unusable, roles);
      em.persist(user);
      LOG.info(
          "ASC Assure: user '"
              + username
              + "' added at their first sign-in through the identity provider, roles "
              + roles);
      return user;
    }
    if (!user.isEnabled()) {
      throw new SignInRefusedException(DISABLED, "user '" + username + "' is disabled");
    }
    boolean admin = roles.contains(Role.ADMIN);
    if (admin && !user.getRoles().contains(Role.ADMIN)) {
      user.grant(Role.ADMIN);
      LOG.info("ASC Assure: '" + username + "' is an administrator (identity provider's groups)");
    } else if (!admin && user.getRoles().contains(Role.ADMIN)) {
      user.revoke(Role.ADMIN);
      LOG.info(
          "ASC Assure: '"
              + username
              + "' is no longer an administrator (identity provider's groups)");
    }
    for (Role role : roles) {
      if (!user.getRoles().contains(role)) {
        user.grant(role);
      }
    }
    return user;
  }
}
