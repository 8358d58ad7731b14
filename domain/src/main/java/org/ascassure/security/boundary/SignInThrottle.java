package org.ascassure.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Slows down password guessing: after {@value #ALLOWED_FAILURES} failed sign-ins for a user name,
 * further attempts for it are refused for a while (doubling with every further failure, at most an
 * hour), and each refusal is logged. A successful sign-in clears the count. Kept in memory: one
 * server, and a restart forgives.
 */
@ApplicationScoped
public class SignInThrottle {

  public static final int ALLOWED_FAILURES = 5;
  static final Duration FIRST_PAUSE = Duration.ofMinutes(1);
  static final Duration LONGEST_PAUSE = Duration.ofHours(1);

  private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());

  private record Failures(int count, Instant blockedUntil) {}

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  public SignInThrottle() {
    this(Clock.systemUTC());
  }

  SignInThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long the user name must wait before the next attempt counts, if it must. */
  public Optional<Duration> waitFor(String username) {
    Failures current = failures.get(key(username));
    if (current == null || current.blockedUntil() == null) {
      return Optional.empty();
    }
    Duration left = Duration.between(clock.instant(), current.blockedUntil());
    return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
  }

  public void failed(String username) {
    Failures now =
        failures.merge(
            key(username),
            new Failures(1, null),
            (old, one) -> {
              int count = old.count() + 1;
              return new Failures(count, count >= ALLOWED_FAILURES ? until(count) : null);
            });
    if (now.blockedUntil() != null) {
      LOG.warning(
          "ASC Assure: "
              + now.count()
              + " failed sign-ins for user name '"
              + printable(username)
              + "'; further attempts are refused until "
              + now.blockedUntil());
    }
  }

  public void succeeded(String username) {
    failures.remove(key(username));
  }

  private Instant until(int count) {
    long doublings = Math.min(count - ALLOWED_FAILURES, 10);
    Duration pause = FIRST_PAUSE.multipliedBy(1L << doublings);
    return clock.instant().plus(pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause);
  }

  private static String key(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  /** A user name as typed by anyone: kept out of the log's structure. */
  private static String printable(String username) {
    String text = username == null ? "" : username;
    text = text.replaceAll("[^\\p{Alnum}._@-]", "?");
    return text.length() > 100 ? text.substring(0, 100) : text;
  }
}
