package org.ascassure.admin.platform;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.ascassure.security.boundary.OpenIdConnect;
import org.ascassure.security.boundary.SignInThrottle;

/** Signs a user in with their user name and password, and out again. */
@Named
@RequestScoped
public class Login {

  @Inject SecurityContext security;

  @Inject SignInThrottle throttle;

  @Inject OpenIdConnect openId;

  private String username;
  private String password;

  public void signIn() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    Optional<Duration> pause = throttle.waitFor(username);
    if (pause.isPresent()) {
      throttle.failed(username);
      password = null;
      error(
          "Too many failed sign-ins for this user name: try again in "
              + ((pause.get().toSeconds() + 59) / 60)
              + " minute(s).");
      return;
    }
    AuthenticationStatus status =
        security.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            withParams()
                .newAuthentication(true)
                .credential(
                    new UsernamePasswordCredential(
                        username == null ? "" : username.strip(),
                        new Password(password == null ? "" : password))));
    switch (status) {
      case SEND_CONTINUE -> FacesContext.getCurrentInstance().responseComplete();
      case SUCCESS -> external.redirect(external.getRequestContextPath() + "/");
      default -> {
        password = null;
        error("The user name or password is not right. Check both and try again.");
      }
    }
  }

  private static void error(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /**
   * Ends this session and, when the caller signed in through the council's identity provider, the
   * provider's session too, so the next person at this browser is asked who they are.
   */
  public void signOut() throws IOException, ServletException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String idToken = (String) external.getSessionMap().get(IdentityProviderSignIn.ID_TOKEN);
    request.logout();
    external.invalidateSession();
    String signedOut = external.getRequestContextPath() + "/login.xhtml?signedOut=true";
    StringBuffer url = request.getRequestURL();
    String origin = url.substring(0, url.length() - request.getRequestURI().length());
    Optional<URI> atProvider = openId.signOutAtProvider(idToken, origin + signedOut);
    if (atProvider.isEmpty()) {
      external.redirect(signedOut);
      return;
    }
    // not a redirect: the Content-Security-Policy's form-action 'self' would stop this post's
    // redirect to the provider; a page that moves on by itself is a navigation of its own
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    response.setContentType("text/html;charset=UTF-8");
    String target = escapeAttribute(atProvider.get().toString());
    response
        .getWriter()
        .write(
            "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"UTF-8\">"
                + "<meta http-equiv=\"refresh\" content=\"0;url="
                + target
                + "\"><title>Signing out – ASC Assure</title></head><body><main id=\"main\">"
                + "<h1>Signing out</h1><p>You have signed out of ASC Assure. <a href=\""
                + target
                + "\">Sign out of your council's identity provider too</a> if this page does"
                + " not move on by itself.</p></main></body></html>");
    faces.responseComplete();
  }

  private static String escapeAttribute(String text) {
    return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
  }

  /** Whether the login page offers the council's identity provider. */
  public boolean isIdentityProviderOffered() {
    return openId.isConfigured();
  }

  /**
   * Why a sign-in through the identity provider did not work, in words for the person (the details
   * are in the log); null when there was no such attempt.
   */
  public String getIdentityProviderProblem() {
    String problem =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("signInProblem");
    if (problem == null) {
      return null;
    }
    return switch (problem) {
      case "no-role" ->
          "Your council's identity provider signed you in, but you are in none of the groups that"
              + " give access to ASC Assure. Ask your council's ASC Assure administrator to add"
              + " you to the right group.";
      case "disabled" ->
          "Your account in ASC Assure is switched off. Ask your council's ASC Assure administrator.";
      case "unavailable" ->
          "Your council's identity provider cannot be reached just now. Try again in a few"
              + " minutes, or sign in with a user name and password.";
      default ->
          "Signing in with your council's identity provider did not work. Start again from this"
              + " page.";
    };
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
