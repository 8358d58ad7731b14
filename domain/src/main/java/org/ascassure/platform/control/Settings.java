package org.ascassure.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's own settings ({@code ascassure.*}). The profile decides what is allowed: demo
 * data and generated credentials shown in the log are for {@code development} only.
 */
@ApplicationScoped
public class Settings {

  @Inject
  @ConfigProperty(name = "ascassure.profile", defaultValue = "production")
  String profile;

  @Inject
  @ConfigProperty(name = "ascassure.demo", defaultValue = "false")
  boolean demo;

  @Inject
  @ConfigProperty(name = "ascassure.admin.password")
  Optional<String> adminPassword;

  public boolean isProduction() {
    return !"development".equalsIgnoreCase(profile);
  }

  public boolean isDemoRequested() {
    return demo;
  }

  public Optional<String> initialAdminPassword() {
    return adminPassword.filter(p -> !p.isBlank());
  }
}
