package org.ascassure.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ascassure.platform.boundary.FieldError;

/** Hashing, checking and generating passwords, and the password policy. */
@ApplicationScoped
public class Passwords {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject Pbkdf2PasswordHash hash;

  @PostConstruct
  void configure() {
    // OWASP's 2023 recommendation for PBKDF2-HMAC-SHA512
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64"));
  }

  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  public boolean matches(String password, String storedHash) {
    return hash.verify(password.toCharArray(), storedHash);
  }

  /** What is wrong with a proposed password; empty when it is acceptable. */
  public static List<FieldError> policyViolations(String username, String password) {
    List<FieldError> errors = new ArrayList<>();
    if (password == null || password.length() < MIN_LENGTH) {
      errors.add(
          new FieldError("password", "The password needs at least " + MIN_LENGTH + " characters."));
    } else if (password.length() > MAX_LENGTH) {
      errors.add(
          new FieldError(
              "password", "The password may have at most " + MAX_LENGTH + " characters."));
    } else if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
      errors.add(new FieldError("password", "The password must not contain the user name."));
    } else if (password.chars().distinct().count() < 5) {
      errors.add(new FieldError("password", "The password needs at least 5 different characters."));
    }
    return errors;
  }

  public static String generate() {
    StringBuilder generated = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      generated.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return generated.toString();
  }
}
