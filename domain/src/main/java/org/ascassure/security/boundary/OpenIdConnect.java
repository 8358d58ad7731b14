package org.ascassure.security.boundary;

import static org.ascassure.platform.boundary.SignInRefusedException.Reason.INVALID;
import static org.ascassure.platform.boundary.SignInRefusedException.Reason.NO_ROLE;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.ascassure.platform.boundary.SignInRefusedException;
import org.ascassure.security.control.OpenIdProvider;
import org.ascassure.security.control.OpenIdSettings;
import org.ascassure.security.entity.AppUser;
import org.ascassure.security.entity.Role;

/**
 * Signing in through the council's own identity provider (OpenID Connect): the authorisation code
 * flow for people in a browser (with state, nonce and PKCE), and bearer access tokens for API
 * clients. Either way the provider's groups give the roles ({@code ascassure.oidc.role-mapping})
 * and the application's user of the same name gives the council memberships ({@link
 * FederatedUsers}).
 */
@ApplicationScoped
public class OpenIdConnect {

  /**
   * A sign-in under way: where to send the browser, and what to keep (in the session) until the
   * provider sends it back.
   */
  public record SignInRequest(
      URI authorizationUri, String state, String nonce, String codeVerifier, String redirectUri)
      implements Serializable {}

  /**
   * Who signed in, and the roles they hold here (their groups for Jakarta Security); {@code
   * idToken} is the provider's ID token of a browser sign-in (kept to sign out at the provider
   * too), null for an API bearer token.
   */
  public record FederatedCaller(String username, Set<String> groups, String idToken) {}

  private static final Logger LOG = Logger.getLogger(OpenIdConnect.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject OpenIdSettings settings;

  @Inject OpenIdProvider provider;

  @Inject FederatedUsers federatedUsers;

  public boolean isConfigured() {
    return settings.isConfigured();
  }

  /** Starts a sign-in: the provider is to send the browser back to {@code redirectUri}. */
  public SignInRequest startSignIn(String redirectUri) {
    String state = random();
    String nonce = random();
    String verifier = random();
    URI authorization = provider.endpoints().authorization();
    String query =
        "response_type=code"
            + "&client_id="
            + encode(settings.clientId())
            + "&redirect_uri="
            + encode(redirectUri)
            + "&scope="
            + encode("openid profile")
            + "&state="
            + state
            + "&nonce="
            + nonce
            + "&code_challenge="
            + challenge(verifier)
            + "&code_challenge_method=S256";
    String base = authorization.toString();
    URI target = URI.create(base + (base.contains("?") ? "&" : "?") + query);
    return new SignInRequest(target, state, nonce, verifier, redirectUri);
  }

  /**
   * Finishes a sign-in when the provider sends the browser back: the state must be the one this
   * browser was given, the code is exchanged (with the PKCE verifier), and the ID token must be
   * signed by the provider, for this client, with this sign-in's nonce.
   */
  public FederatedCaller finishSignIn(SignInRequest pending, String state, String code) {
    if (pending == null
        || state == null
        || !MessageDigest.isEqual(
            pending.state().getBytes(StandardCharsets.US_ASCII),
            state.getBytes(StandardCharsets.US_ASCII))) {
      throw new SignInRefusedException(INVALID, "state does not match this browser's sign-in");
    }
    if (code == null || code.isBlank()) {
      throw new SignInRefusedException(INVALID, "no authorisation code");
    }
    String idToken = provider.exchangeCode(code, pending.redirectUri(), pending.codeVerifier());
    JWTClaimsSet claims = provider.verify(idToken, settings.clientId(), pending.nonce());
    FederatedCaller caller = callerOf(claims, idToken);
    LOG.info(
        "ASC Assure: '"
            + caller.username()
            + "' signed in through the identity provider, roles "
            + caller.groups());
    return caller;
  }

  /** The caller an API access token stands for; refused unless the token is entirely right. */
  public FederatedCaller signInWithBearerToken(String token) {
    JWTClaimsSet claims = provider.verify(token, settings.audience(), null);
    Object type = claims.getClaim("typ");
    // Keycloak marks its ID and refresh tokens; only access tokens are accepted here
    if (type != null && !"Bearer".equalsIgnoreCase(type.toString())) {
      throw new SignInRefusedException(INVALID, "a " + type + " token is not an access token");
    }
    return callerOf(claims, null);
  }

  /**
   * Where to send the browser so the provider ends its own session too (OpenID Connect RP-Initiated
   * Logout), coming back to {@code afterwards}; empty when the provider offers no such endpoint or
   * cannot be reached, in which case only our own session ends.
   */
  public Optional<URI> signOutAtProvider(String idToken, String afterwards) {
    if (!isConfigured() || idToken == null) {
      return Optional.empty();
    }
    URI endSession;
    try {
      endSession = provider.endpoints().endSession();
    } catch (SignInRefusedException unavailable) {
      LOG.warning(
          "ASC Assure: cannot sign out at the identity provider: " + unavailable.getMessage());
      return Optional.empty();
    }
    if (endSession == null) {
      return Optional.empty();
    }
    String base = endSession.toString();
    return Optional.of(
        URI.create(
            base
                + (base.contains("?") ? "&" : "?")
                + "client_id="
                + encode(settings.clientId())
                + "&id_token_hint="
                + encode(idToken)
                + "&post_logout_redirect_uri="
                + encode(afterwards)));
  }

  private FederatedCaller callerOf(JWTClaimsSet claims, String idToken) {
    String username = claims.getClaim("preferred_username") instanceof String s ? s : null;
    String name = claims.getClaim("name") instanceof String s ? s : null;
    Set<Role> roles = settings.roleMapping().rolesOf(groupsOf(claims));
    if (roles.isEmpty()) {
      throw new SignInRefusedException(
          NO_ROLE,
          "'" + username + "' is in no group that gives a role in ASC Assure: " + groupsOf(claims));
    }
    AppUser user = federatedUsers.signedIn(username, name, roles);
    return new FederatedCaller(
        user.getUsername(),
        user.getRoles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet()),
        idToken);
  }

  private List<String> groupsOf(JWTClaimsSet claims) {
    Object value = claims.getClaim(settings.groupsClaim());
    if (value instanceof String single) {
      return List.of(single);
    }
    if (value instanceof Collection<?> many) {
      return many.stream().map(String::valueOf).toList();
    }
    return List.of();
  }

  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String challenge(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
