package org.ascassure.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.ascassure.security.boundary.SignInThrottle;

/**
 * HTTP Basic against the application's user store, answering 401 as a problem document rather than
 * the container's HTML page. Everything under {@code /v1} needs a signed-in caller.
 */
@ApplicationScoped
public class ApiAuthentication implements HttpAuthenticationMechanism {

  private static final String CHALLENGE = "Basic realm=\"ASC Assure\", charset=\"UTF-8\"";
  private static final Jsonb JSONB = JsonbBuilder.create();

  @Inject IdentityStoreHandler identityStores;

  @Inject SignInThrottle throttle;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      UsernamePasswordCredential credential = decode(header.substring(6).strip());
      Optional<Duration> pause =
          credential == null ? Optional.empty() : throttle.waitFor(credential.getCaller());
      if (pause.isPresent()) {
        throttle.failed(credential.getCaller());
        return tooManyFailures(response, context, pause.get());
      }
      CredentialValidationResult result =
          credential == null
              ? CredentialValidationResult.INVALID_RESULT
              : identityStores.validate(credential);
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        return context.notifyContainerAboutLogin(result);
      }
      return unauthorized(response, context, "The user name or password is not right.");
    }
    if (needsCaller(request)) {
      return unauthorized(
          response, context, "Sign in first: this API uses HTTP Basic authentication.");
    }
    return context.doNothing();
  }

  private static boolean needsCaller(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/v1/") || path.equals("/v1");
  }

  private static UsernamePasswordCredential decode(String encoded) {
    try {
      String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      return colon <= 0
          ? null
          : new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }

  private static AuthenticationStatus tooManyFailures(
      HttpServletResponse response, HttpMessageContext context, Duration pause) {
    long seconds = Math.max(1, pause.toSeconds());
    response.setHeader("Retry-After", Long.toString(seconds));
    return refuse(
        response,
        context,
        429,
        "Too Many Requests",
        "Too many failed sign-ins for this user name: try again in "
            + ((seconds + 59) / 60)
            + " minute(s).");
  }

  private static AuthenticationStatus unauthorized(
      HttpServletResponse response, HttpMessageContext context, String detail) {
    response.setHeader("WWW-Authenticate", CHALLENGE);
    return refuse(response, context, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail);
  }

  private static AuthenticationStatus refuse(
      HttpServletResponse response,
      HttpMessageContext context,
      int status,
      String title,
      String detail) {
    try {
      response.setStatus(status);
      response.setContentType(Problem.MEDIA_TYPE);
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(JSONB.toJson(new Problem("about:blank", title, status, detail, null, null, null)));
      // committed now, so the container cannot replace the body with its own error page
      response.flushBuffer();
    } catch (IOException e) {
      return context.responseUnauthorized();
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
