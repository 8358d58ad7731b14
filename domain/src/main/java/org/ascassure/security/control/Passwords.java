package org.ascassure.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
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

  /**
   * Whether {@code password} is the one {@code storedHash} was made from. A PBKDF2 check costs
   * about a tenth of a second of CPU, on every API request under HTTP Basic; so a success is
   * remembered for {@link #REMEMBERED} as an HMAC of the password under a key that lives only in
   * this process, keyed by the stored hash: a new password (a new hash) is never matched by an old
   * entry, a wrong password never by a right one's, and a disabled user is refused before this is
   * asked.
   */
  public boolean matches(String password, String storedHash) {
    byte[] mac = mac(storedHash, password);
    Remembered known = recent.get(storedHash);
    long now = System.nanoTime();
    if (known != null
        && now - known.at() < REMEMBERED.toNanos()
        && MessageDigest.isEqual(known.mac(), mac)) {
      return true;
    }
    boolean right = hash.verify(password.toCharArray(), storedHash);
    if (right) {
      if (recent.size() >= MAX_REMEMBERED) {
        recent.clear();
      }
      recent.put(storedHash, new Remembered(mac, now));
    }
    return right;
  }

  /** How long a verified password is taken as verified without PBKDF2. */
  static final Duration REMEMBERED = Duration.ofMinutes(2);

  private static final int MAX_REMEMBERED = 10_000;

  private record Remembered(byte[] mac, long at) {}

  private final Map<String, Remembered> recent = new ConcurrentHashMap<>();

  private final byte[] macKey = newKey();

  private static byte[] newKey() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return key;
  }

  private byte[] mac(String storedHash, String password) {
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(new SecretKeySpec(macKey, "HmacSHA256"));
      hmac.update(storedHash.getBytes(StandardCharsets.UTF_8));
      hmac.update((byte) 0);
      return hmac.doFinal(password.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
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
