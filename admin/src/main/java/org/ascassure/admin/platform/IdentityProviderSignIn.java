package org.ascassure.admin.platform;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Locale;
import java.util.logging.Logger;
import org.ascassure.platform.boundary.SignInRefusedException;
import org.ascassure.security.boundary.OpenIdConnect;

/**
 * "Sign in with your council's identity provider": sends the browser to the provider (keeping the
 * sign-in's state, nonce and PKCE verifier in the session) and, when the provider sends it back,
 * lets {@link OpenIdConnect} check everything before the caller is signed in with a new session id.
 * Whatever goes wrong, the browser lands on the login page with a plain explanation; the details go
 * to the log.
 */
@WebServlet(urlPatterns = {IdentityProviderSignIn.START, IdentityProviderSignIn.CALLBACK})
public class IdentityProviderSignIn extends HttpServlet {

  static final String START = "/signin/identity-provider";
  static final String CALLBACK = "/signin/identity-provider/callback";
  private static final String PENDING = IdentityProviderSignIn.class.getName() + ".pending";

  /** The provider's ID token of this session's sign-in, to sign out at the provider too. */
  static final String ID_TOKEN = IdentityProviderSignIn.class.getName() + ".idToken";

  private static final Logger LOG = Logger.getLogger(IdentityProviderSignIn.class.getName());

  @Inject OpenIdConnect openId;

  @Inject SecurityContext security;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!openId.isConfigured()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (START.equals(request.getServletPath())) {
      start(request, response);
    } else {
      finish(request, response);
    }
  }

  private void start(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      OpenIdConnect.SignInRequest pending = openId.startSignIn(callbackUri(request));
      request.getSession(true).setAttribute(PENDING, pending);
      response.sendRedirect(pending.authorizationUri().toString());
    } catch (SignInRefusedException refused) {
      LOG.warning("ASC Assure: identity provider sign-in could not start: " + refused.getMessage());
      backToLogin(request, response, refused.reason());
    }
  }

  private void finish(HttpServletRequest request, HttpServletResponse response) throws IOException {
    HttpSession session = request.getSession(false);
    OpenIdConnect.SignInRequest pending =
        session == null ? null : (OpenIdConnect.SignInRequest) session.getAttribute(PENDING);
    if (session != null) {
      // a sign-in request is good for one answer only
      session.removeAttribute(PENDING);
    }
    if (request.getParameter("error") != null) {
      LOG.info(
          "ASC Assure: the identity provider answered "
              + request.getParameter("error")
              + " to a sign-in");
      backToLogin(request, response, SignInRefusedException.Reason.INVALID);
      return;
    }
    try {
      OpenIdConnect.FederatedCaller caller =
          openId.finishSignIn(pending, request.getParameter("state"), request.getParameter("code"));
      // a session id that someone planted before the sign-in is worth nothing after it
      request.changeSessionId();
      AuthenticationStatus status =
          security.authenticate(
              request,
              response,
              withParams()
                  .newAuthentication(true)
                  .credential(new IdentityProviderCredential(caller)));
      if (status == AuthenticationStatus.SUCCESS) {
        request.getSession().setAttribute(ID_TOKEN, caller.idToken());
        response.sendRedirect(request.getContextPath() + "/");
      } else {
        backToLogin(request, response, SignInRefusedException.Reason.INVALID);
      }
    } catch (SignInRefusedException refused) {
      LOG.info("ASC Assure: identity provider sign-in refused: " + refused.getMessage());
      backToLogin(request, response, refused.reason());
    }
  }

  private static String callbackUri(HttpServletRequest request) {
    StringBuffer url = request.getRequestURL();
    return url.substring(0, url.length() - request.getServletPath().length()) + CALLBACK;
  }

  private static void backToLogin(
      HttpServletRequest request, HttpServletResponse response, SignInRefusedException.Reason why)
      throws IOException {
    response.sendRedirect(
        request.getContextPath()
            + "/login.xhtml?signInProblem="
            + why.name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }
}
