package org.ascassure.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.ascassure.it.Api;
import org.ascassure.it.AscAssureServer;
import org.ascassure.it.KeycloakServer;
import org.ascassure.it.KeycloakServer.Person;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * API clients with access tokens from the council's identity provider (a real Keycloak): the token
 * is accepted only when the provider signed it, for ASC Assure, and it has not expired; roles come
 * from the provider's groups and council memberships from the user of the same name.
 *
 * <p>Some tokens are made here with the realm's own signing key (a test key imported with the
 * realm), so that each refused token differs from an accepted one in exactly one respect.
 */
@ExtendWith({AscAssureServer.class, KeycloakServer.class})
class BearerTokenApiIT {

  private static long leadsCouncil;

  @BeforeAll
  static void theLeadIsAKnownUserWithACouncil() {
    leadsCouncil = Api.newCouncilWithoutMembers("Bearer Borough " + UUID.randomUUID());
    ensureUser(Person.LEAD.username);
    Api.grant(Person.LEAD.username, leadsCouncil, "LEAD");
  }

  @Test
  void aTokenFromTheIdentityProviderReadsWhoTheCallerIs() {
    Api.Reply me = bearer(KeycloakServer.accessToken(Person.LEAD)).get("api/v1/me");

    assertThat(me.status()).as(me.toString()).isEqualTo(200);
    JsonObject body = me.object();
    assertThat(body.getString("username")).isEqualTo("kc.lead");
    assertThat(body.getBoolean("administrator")).isFalse();
    assertThat(body.getJsonArray("councils").getValuesAs(JsonObject.class))
        .anySatisfy(
            c -> {
              assertThat(c.getJsonNumber("councilId").longValue()).isEqualTo(leadsCouncil);
              assertThat(c.getJsonArray("roles").getString(0)).isEqualTo("LEAD");
            });
  }

  @Test
  void aLeadsTokenCannotMakeAnAdministratorsChange() {
    Api.Reply created =
        bearer(KeycloakServer.accessToken(Person.LEAD))
            .post("api/v1/councils", council("Lead-made Council"));

    assertThat(created.status()).as(created.toString()).isEqualTo(403);
    assertThat(created.contentType()).startsWith("application/problem+json");
  }

  @Test
  void theIdentityProvidersAdministratorGroupMakesAnAdministrator() {
    String token = KeycloakServer.accessToken(Person.ADMIN);

    assertThat(bearer(token).get("api/v1/me").object().getBoolean("administrator")).isTrue();
    Api.Reply created = bearer(token).post("api/v1/councils", council("Token-made Council"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
  }

  @Test
  void aPersonSeenForTheFirstTimeIsAddedWithoutCouncils() {
    Api.Reply me = bearer(KeycloakServer.accessToken(Person.DIRECTOR)).get("api/v1/me");

    assertThat(me.status()).as(me.toString()).isEqualTo(200);
    assertThat(me.object().getString("username")).isEqualTo("kc.director");
    assertThat(me.object().getJsonArray("councils")).isEmpty();
    assertThat(Api.userId("kc.director")).isPositive();
  }

  @Test
  void aPersonInNoMappedGroupIsForbidden() {
    Api.Reply me = bearer(KeycloakServer.accessToken(Person.FINANCE)).get("api/v1/me");

    assertThat(me.status()).as(me.toString()).isEqualTo(403);
    assertThat(me.contentType()).startsWith("application/problem+json");
    assertThat(me.object().getString("detail")).contains("none of your groups");
  }

  @Test
  void aTamperedTokenIsRefused() {
    String[] parts = KeycloakServer.accessToken(Person.LEAD).split("\\.");
    String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String forged =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                    claims
                        .replace("\"kc.lead\"", "\"kc.admin\"")
                        .replace("asc-lead", "asc-admin")
                        .getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];

    assertInvalidToken(bearer(forged).get("api/v1/me"));
  }

  @Test
  void aTokenSignedWithTheRealmsKeyIsAccepted() throws Exception {
    // the control for the refusals below: the same kind of token, everything right
    assertThat(bearer(realmSigned(claims().build())).get("api/v1/me").status()).isEqualTo(200);
  }

  @Test
  void anExpiredTokenIsRefused() throws Exception {
    Instant past = Instant.now().minusSeconds(600);
    String expired =
        realmSigned(
            claims()
                .issueTime(Date.from(past.minusSeconds(300)))
                .expirationTime(Date.from(past))
                .build());

    assertInvalidToken(bearer(expired).get("api/v1/me"));
  }

  @Test
  void aTokenFromAnotherIssuerIsRefused() throws Exception {
    String foreign = realmSigned(claims().issuer("http://127.0.0.1:1/realms/elsewhere").build());

    assertInvalidToken(bearer(foreign).get("api/v1/me"));
  }

  @Test
  void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
    RSAKey stranger = new RSAKeyGenerator(2048).keyID(realmKey().getKeyID()).generate();
    SignedJWT jwt = new SignedJWT(header(stranger.getKeyID()), claims().build());
    jwt.sign(new RSASSASigner(stranger));

    assertInvalidToken(bearer(jwt.serialize()).get("api/v1/me"));
  }

  @Test
  void aTokenForAnotherServiceIsRefused() {
    String other =
        KeycloakServer.accessToken("other-service", "fernshire-other-client-secret", Person.LEAD);

    assertInvalidToken(bearer(other).get("api/v1/me"));
  }

  @Test
  void basicAuthenticationStillWorksAlongsideTokens() {
    Api.Reply me = Api.asAdmin().get("api/v1/me");

    assertThat(me.status()).isEqualTo(200);
    assertThat(Api.anonymous().get("api/v1/me").response().headers().allValues("WWW-Authenticate"))
        .anyMatch(h -> h.startsWith("Basic"))
        .anyMatch(h -> h.startsWith("Bearer"));
  }

  private static void assertInvalidToken(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.header("WWW-Authenticate")).contains("Bearer").contains("invalid_token");
  }

  private static Api bearer(String token) {
    return Api.anonymous().header("Authorization", "Bearer " + token);
  }

  /** Claims as Keycloak writes them for kc.lead and ASC Assure. */
  private static JWTClaimsSet.Builder claims() {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(KeycloakServer.issuer())
        .subject(UUID.randomUUID().toString())
        .audience("asc-assure")
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(300)))
        .jwtID(UUID.randomUUID().toString())
        .claim("typ", "Bearer")
        .claim("azp", "asc-assure-api-tests")
        .claim("preferred_username", "kc.lead")
        .claim("groups", List.of("asc-lead"));
  }

  private static String realmSigned(JWTClaimsSet claims) throws Exception {
    RSAKey key = realmKey();
    SignedJWT jwt = new SignedJWT(header(key.getKeyID()), claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  private static JWSHeader header(String keyId) {
    return new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(keyId).build();
  }

  /** The realm's test signing key, with the key id Keycloak publishes for it. */
  private static RSAKey realmKey() throws Exception {
    String pem =
        Files.readString(Path.of("src/test/resources/keycloak/fernshire-realm-signing-key.pem"))
            .replaceAll("-----[A-Z ]+-----", "")
            .replaceAll("\\s", "");
    RSAPrivateKey privateKey =
        (RSAPrivateKey)
            KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    JWKSet published =
        JWKSet.load(new URL(KeycloakServer.issuer() + "/protocol/openid-connect/certs"));
    for (JWK jwk : published.getKeys()) {
      if (jwk instanceof RSAKey rsa
          && rsa.toRSAPublicKey()
              .getModulus()
              .equals(((RSAPrivateCrtKey) privateKey).getModulus())) {
        return new RSAKey.Builder(rsa.toRSAPublicKey())
            .privateKey(privateKey)
            .keyID(rsa.getKeyID())
            .build();
      }
    }
    throw new IllegalStateException("Keycloak does not publish the realm's test signing key");
  }

  private static void ensureUser(String username) {
    try {
      Api.userId(username);
    } catch (IllegalStateException absent) {
      Api.newUser(username, "Unused-password-" + UUID.randomUUID(), "LEAD");
    }
  }

  private static String council(String name) {
    return "{\"name\":\""
        + name
        + "\",\"onsCode\":\""
        + Api.uniqueOnsCode()
        + "\",\"type\":\"UNITARY_AUTHORITY\",\"region\":\"NORTH_WEST\"}";
  }
}
