package org.ascassure.security.control;

import static org.ascassure.platform.boundary.SignInRefusedException.Reason.INVALID;
import static org.ascassure.platform.boundary.SignInRefusedException.Reason.UNAVAILABLE;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ascassure.platform.boundary.SignInRefusedException;

/**
 * Talks to the identity provider: reads its discovery document once, exchanges authorisation codes
 * for tokens, and checks tokens - signature against the provider's published keys (cached, fetched
 * again when a token names a key not yet seen), issuer, audience, expiry.
 *
 * <p>Nothing is fetched until the first sign-in, so the application starts (and works with its own
 * users) while the identity provider is down.
 */
@ApplicationScoped
public class OpenIdProvider {

  /**
   * The provider's endpoints, from its discovery document; {@code endSession} is null when the
   * provider offers no RP-initiated logout.
   */
  public record Endpoints(URI authorization, URI token, URI keys, URI endSession) {}

  private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(10);
  private static final Set<JWSAlgorithm> ALGORITHMS =
      Set.of(
          JWSAlgorithm.RS256,
          JWSAlgorithm.RS384,
          JWSAlgorithm.RS512,
          JWSAlgorithm.PS256,
          JWSAlgorithm.ES256,
          JWSAlgorithm.ES384);

  @Inject OpenIdSettings settings;

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(HTTP_TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private volatile Endpoints endpoints;
  private volatile JWKSource<SecurityContext> keys;

  public Endpoints endpoints() {
    Endpoints known = endpoints;
    if (known == null) {
      known = discover();
      endpoints = known;
    }
    return known;
  }

  /**
   * Checks a token's signature, issuer, audience and times and returns its claims.
   *
   * @param audience the audience the token must name
   * @param nonce the nonce an ID token must carry, or null for access tokens
   */
  public JWTClaimsSet verify(String token, String audience, String nonce) {
    Map<String, Object> exact = new LinkedHashMap<>();
    exact.put("iss", settings.issuer());
    if (nonce != null) {
      exact.put("nonce", nonce);
    }
    JWTClaimsSet.Builder exactClaims = new JWTClaimsSet.Builder();
    exact.forEach(exactClaims::claim);
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys()));
    processor.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            audience, exactClaims.build(), Set.of("sub", "exp", "iat", "aud")));
    try {
      return processor.process(token, null);
    } catch (ParseException | BadJOSEException e) {
      throw new SignInRefusedException(INVALID, "token refused: " + e.getMessage(), e);
    } catch (JOSEException e) {
      // the keys could not be fetched, or a key could not be used
      throw new SignInRefusedException(
          UNAVAILABLE, "token could not be checked: " + e.getMessage(), e);
    }
  }

  /** Exchanges an authorisation code (with its PKCE verifier) for the provider's ID token. */
  public String exchangeCode(String code, String redirectUri, String codeVerifier) {
    String form =
        form(
            Map.of(
                "grant_type", "authorization_code",
                "code", code,
                "redirect_uri", redirectUri,
                "code_verifier", codeVerifier));
    // client_secret_basic: both parts form-encoded first (RFC 6749, 2.3.1)
    String client =
        Base64.getEncoder()
            .encodeToString(
                (encode(settings.clientId()) + ":" + encode(settings.clientSecret()))
                    .getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(endpoints().token())
            .timeout(HTTP_TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .header("Authorization", "Basic " + client)
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<String> response = send(request);
    Map<String, Object> answer = json(response.body());
    if (response.statusCode() != 200) {
      // e.g. invalid_grant for a code used twice or expired
      throw new SignInRefusedException(
          INVALID,
          "token endpoint answered "
              + response.statusCode()
              + " "
              + answer.getOrDefault("error", "")
              + " "
              + answer.getOrDefault("error_description", ""));
    }
    Object idToken = answer.get("id_token");
    if (!(idToken instanceof String token) || token.isBlank()) {
      throw new SignInRefusedException(INVALID, "token endpoint gave no ID token");
    }
    return token;
  }

  private Endpoints discover() {
    String issuer = settings.issuer();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
            .timeout(HTTP_TIMEOUT)
            .header("Accept", "application/json")
            .GET()
            .build();
    HttpResponse<String> response = send(request);
    if (response.statusCode() != 200) {
      throw new SignInRefusedException(
          UNAVAILABLE, "discovery document answered " + response.statusCode());
    }
    Map<String, Object> document = json(response.body());
    // a document that names another issuer would let that issuer's tokens in (OIDC Discovery 4.3)
    if (!issuer.equals(document.get("issuer"))) {
      throw new SignInRefusedException(
          UNAVAILABLE,
          "discovery document names issuer " + document.get("issuer") + ", not " + issuer);
    }
    return new Endpoints(
        endpoint(document, "authorization_endpoint"),
        endpoint(document, "token_endpoint"),
        endpoint(document, "jwks_uri"),
        document.get("end_session_endpoint") instanceof String end && !end.isBlank()
            ? URI.create(end)
            : null);
  }

  private JWKSource<SecurityContext> keys() {
    JWKSource<SecurityContext> known = keys;
    if (known == null) {
      try {
        // cached for five minutes; a token with an unknown key id triggers a (rate-limited) refresh
        known = JWKSourceBuilder.create(endpoints().keys().toURL()).retrying(true).build();
      } catch (MalformedURLException e) {
        throw new SignInRefusedException(UNAVAILABLE, "jwks_uri is not a URL", e);
      }
      keys = known;
    }
    return known;
  }

  private static URI endpoint(Map<String, Object> document, String name) {
    Object value = document.get(name);
    if (!(value instanceof String uri) || uri.isBlank()) {
      throw new SignInRefusedException(UNAVAILABLE, "discovery document has no " + name);
    }
    return URI.create(uri);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new SignInRefusedException(
          UNAVAILABLE, request.uri() + " could not be reached: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SignInRefusedException(UNAVAILABLE, "interrupted while calling " + request.uri());
    }
  }

  private static Map<String, Object> json(String body) {
    try {
      return JSONObjectUtils.parse(body);
    } catch (ParseException e) {
      throw new SignInRefusedException(UNAVAILABLE, "the identity provider's answer is not JSON");
    }
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
