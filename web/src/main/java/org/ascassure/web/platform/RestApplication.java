package org.ascassure.web.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.ascassure.security.entity.Role;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The API application; resources live under {@code /api/v1}. */
@ApplicationPath("/")
@DeclareRoles({Role.ADMIN_NAME, Role.LEAD_NAME, Role.DIRECTOR_NAME, Role.AUDITOR_NAME})
@OpenAPIDefinition(
    info =
        @Info(
            title = "ASC Assure API",
            version = "1",
            description =
                "Frameworks, councils and CQC assessment outcomes. Errors are RFC 9457"
                    + " application/problem+json; updates need If-Match."),
    security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description =
        "An access token from the council's identity provider, when one is connected"
            + " (ASCASSURE_OIDC_ISSUER)")
public class RestApplication extends Application {

  @Override
  public Map<String, Object> getProperties() {
    // Jersey enforces @RolesAllowed on resources only with this feature registered
    return Map.of(
        "jersey.config.server.provider.classnames",
        "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
  }
}
