package org.ascassure.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.logging.Logger;
import org.ascassure.platform.boundary.FieldError;
import org.ascassure.platform.boundary.InvalidInputException;
import org.ascassure.platform.control.Settings;
import org.ascassure.security.entity.Role;

/**
 * Makes sure there is someone who can sign in: at the first start it creates the administrator
 * {@code admin} with the configured password, or with a generated one that is logged once.
 */
@Singleton
@Startup
@DependsOn("Database")
public class FirstAdministrator {

  public static final String USERNAME = "admin";
  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

  @Inject Users users;

  @Inject Settings settings;

  @PostConstruct
  void ensureAdministratorExists() {
    if (users.findByUsername(USERNAME).isPresent()) {
      return;
    }
    var configured = settings.initialAdminPassword();
    String password = configured.orElseGet(org.ascassure.security.control.Passwords::generate);
    try {
      users.create(USERNAME, "Administrator", password, EnumSet.of(Role.ADMIN));
    } catch (InvalidInputException refused) {
      // the launcher echoes this line, so whoever set the password learns why the start failed
      LOG.severe(
          "ASC Assure: ASCASSURE_ADMIN_PASSWORD cannot be used: "
              + refused.errors().stream()
                  .map(FieldError::message)
                  .collect(java.util.stream.Collectors.joining(" ")));
      throw refused;
    }
    if (configured.isPresent()) {
      LOG.info("ASC Assure: administrator 'admin' created with the configured password.");
    } else {
      LOG.warning(
          "ASC Assure: administrator 'admin' created with the generated password "
              + password
              + " - it is shown only this once.");
    }
  }
}
