package org.ascassure.security.boundary;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.NOT_VALIDATED_RESULT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.stream.Collectors;
import org.ascassure.security.control.Passwords;
import org.ascassure.security.entity.AppUser;

/**
 * Checks user name and password against the application's user store; the user's roles become the
 * caller's groups. Used by both the API (HTTP Basic) and the admin UI (form login).
 */
@ApplicationScoped
public class ApplicationIdentityStore implements IdentityStore {

  @Inject Users users;

  @Inject Passwords passwords;

  @Inject SignInThrottle throttle;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return NOT_VALIDATED_RESULT;
    }
    if (throttle.waitFor(login.getCaller()).isPresent()) {
      // not even checked: a correct guess during the pause must not be confirmed
      throttle.failed(login.getCaller());
      return INVALID_RESULT;
    }
    CredentialValidationResult result =
        users
            .findByUsername(login.getCaller())
            .filter(AppUser::isEnabled)
            .filter(user -> passwords.matches(login.getPasswordAsString(), user.getPasswordHash()))
            .map(user -> new CredentialValidationResult(user.getUsername(), groupsOf(user)))
            .orElse(INVALID_RESULT);
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      throttle.succeeded(login.getCaller());
    } else {
      throttle.failed(login.getCaller());
    }
    return result;
  }

  private static Set<String> groupsOf(AppUser user) {
    return user.getRoles().stream().map(Enum::name).collect(Collectors.toSet());
  }
}
