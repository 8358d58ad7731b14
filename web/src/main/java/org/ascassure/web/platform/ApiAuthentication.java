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
import java.util.logging.Logger;
import org.ascassure.platform.boundary.SignInRefusedException;
import org.ascassure.security.boundary.OpenIdConnect;
import org.ascassure.security.boundary.SignInThrottle;

/**
 * HTTP Basic against the application's user store and, when an identity provider is configured, its
 * bearer access tokens ({@code Authorization: Bearer <JWT>}, checked by {@link OpenIdConnect});
 * refusals are problem documents rather than the container's HTML page. Everything under {@code
 * /v1} needs a signed-in caller.
 */
@ApplicationScoped
public class ApiAuthentication implements HttpAuthenticationMechanism {

  private static final String CHALLENGE = "Basic realm=\"ASC Assure\", charset=\"UTF-8\"";
  private static final String BEARER_CHALLENGE = "Bearer realm=\"ASC Assure\"";
  private static final Jsonb JSONB = JsonbBuilder.create();
  private static final Logger LOG = Logger.getLogger(ApiAuthentication.class.getName());

  @Inject IdentityStoreHandler identityStores;

  @Inject SignInThrottle throttle;

  @Inject OpenIdConnect openId;

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
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return bearer(header.substring(7).strip(), request, response, context);
    }
    if (needsCaller(request)) {
      return unauthorized(
          response,
          context,
          openId.isConfigured()
              ? "Sign in first: this API takes HTTP Basic authentication or a bearer token from"
                  + " your council's identity provider."
              : "Sign in first: this API uses HTTP Basic authentication.");
    }
    return context.doNothing();
  }

  private AuthenticationStatus bearer(
      String token,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    if (!openId.isConfigured()) {
      return unauthorized(
          response,
          context,
          "Bearer tokens are not accepted: no identity provider is connected. Use HTTP Basic.");
    }
    try {
      OpenIdConnect.FederatedCaller caller = openId.signInWithBearerToken(token);
      return context.notifyContainerAboutLogin(caller.username(), caller.groups());
    } catch (SignInRefusedException refused) {
      LOG.info(
          "ASC Assure: bearer token refused for "
              + request.getMethod()
              + " "
              + request.getRequestURI()
              + ": "
              + refused.getMessage());
      return switch (refused.reason()) {
        case NO_ROLE -> {
          response.setHeader(
              "WWW-Authenticate", BEARER_CHALLENGE + ", error=\"insufficient_scope\"");
          yield refuse(
              response,
              context,
              HttpServletResponse.SC_FORBIDDEN,
              "Forbidden",
              "Your identity provider signs you in, but none of your groups gives you a role in"
                  + " ASC Assure.");
        }
        case UNAVAILABLE -> {
          response.setHeader("Retry-After", "30");
          yield refuse(
              response,
              context,
              HttpServletResponse.SC_SERVICE_UNAVAILABLE,
              "Service Unavailable",
              "The identity provider cannot be reached to check the token; try again shortly.");
        }
        default -> {
          response.setHeader("WWW-Authenticate", BEARER_CHALLENGE + ", error=\"invalid_token\"");
          yield refuse(
              response,
              context,
              HttpServletResponse.SC_UNAUTHORIZED,
              "Unauthorized",
              "The bearer token is not valid: expired, altered, or not issued for ASC Assure by"
                  + " the configured identity provider.");
        }
      };
    }
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

  private AuthenticationStatus unauthorized(
      HttpServletResponse response, HttpMessageContext context, String detail) {
    response.setHeader("WWW-Authenticate", CHALLENGE);
    if (openId.isConfigured()) {
      response.addHeader("WWW-Authenticate", BEARER_CHALLENGE);
    }
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
