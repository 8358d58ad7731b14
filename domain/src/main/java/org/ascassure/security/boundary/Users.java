package org.ascassure.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ascassure.platform.boundary.ConflictException;
import org.ascassure.platform.boundary.FieldError;
import org.ascassure.platform.boundary.InvalidInputException;
import org.ascassure.security.control.Passwords;
import org.ascassure.security.entity.AppUser;
import org.ascassure.security.entity.Role;

/** The application's own user store. */
@Stateless
public class Users {

  @PersistenceContext EntityManager em;

  @Inject Passwords passwords;

  public Optional<AppUser> findByUsername(String username) {
    return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  public AppUser create(String username, String displayName, String password, Set<Role> roles) {
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
}
