package org.ascassure.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How to reach the council's identity provider ({@code ascassure.oidc.*}, or {@code
 * ASCASSURE_OIDC_*} in the environment). Without an issuer, OpenID Connect is off and only the
 * application's own user store signs people in.
 */
@ApplicationScoped
public class OpenIdSettings {

  @Inject
  @ConfigProperty(name = "ascassure.oidc.issuer")
  Optional<String> issuer;

  @Inject
  @ConfigProperty(name = "ascassure.oidc.client-id")
  Optional<String> clientId;

  @Inject
  @ConfigProperty(name = "ascassure.oidc.client-secret")
  Optional<String> clientSecret;

  /** The audience an API bearer token must name; the client id unless set. */
  @Inject
  @ConfigProperty(name = "ascassure.oidc.audience")
  Optional<String> audience;

  @Inject
  @ConfigProperty(name = "ascassure.oidc.groups-claim", defaultValue = "groups")
  String groupsClaim;

  /** Optional rather than an empty default: MicroProfile Config treats "" as no value at all. */
  @Inject
  @ConfigProperty(name = "ascassure.oidc.role-mapping")
  Optional<String> roleMapping;

  private volatile RoleMapping mapping;

  public boolean isConfigured() {
    return issuer.filter(i -> !i.isBlank()).isPresent();
  }

  /** The issuer exactly as tokens name it, without a trailing slash. */
  public String issuer() {
    String value = issuer.orElseThrow(() -> notConfigured("ascassure.oidc.issuer")).strip();
    return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
  }

  public String clientId() {
    return clientId
        .filter(c -> !c.isBlank())
        .orElseThrow(() -> notConfigured("ascassure.oidc.client-id"));
  }

  public String clientSecret() {
    return clientSecret
        .filter(c -> !c.isBlank())
        .orElseThrow(() -> notConfigured("ascassure.oidc.client-secret"));
  }

  public String audience() {
    return audience.filter(a -> !a.isBlank()).orElseGet(this::clientId);
  }

  public String groupsClaim() {
    return groupsClaim;
  }

  public RoleMapping roleMapping() {
    RoleMapping parsed = mapping;
    if (parsed == null) {
      parsed = RoleMapping.parse(roleMapping.orElse(""));
      mapping = parsed;
    }
    return parsed;
  }

  private static IllegalStateException notConfigured(String key) {
    return new IllegalStateException(key + " is not set");
  }
}
