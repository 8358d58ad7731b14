package org.ascassure.admin.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Form login on our own page, against the application's identity store (the same one the API uses),
 * and the sign-in that {@link IdentityProviderSignIn} has completed with the council's identity
 * provider. A visitor who asks for a protected page is sent to the login page and brought back; the
 * signed-in caller is kept in the session.
 *
 * <p>A plain bean of this WAR rather than {@code @CustomFormAuthenticationMechanismDefinition}:
 * Soteria registers annotation-defined mechanisms for the whole EAR, where the API's Basic
 * mechanism then becomes ambiguous with it (WELD-001318). Beans of a WAR stay inside that WAR. Keep
 * {@code @FacesConfig} off this class: a class carrying it is not a bean, and Soteria then finds no
 * mechanism at all (NullPointerException, every page 500).
 */
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
@ApplicationScoped
public class AdminSecurity implements HttpAuthenticationMechanism {

  @Inject IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential == null) {
      return context.doNothing();
    }
    if (credential instanceof IdentityProviderCredential vouched) {
      return context.notifyContainerAboutLogin(
          vouched.caller().username(), vouched.caller().groups());
    }
    return context.notifyContainerAboutLogin(identityStores.validate(credential));
  }
}
