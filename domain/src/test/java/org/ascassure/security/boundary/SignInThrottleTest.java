package org.ascassure.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  /** A clock the test moves by hand. */
  private static final class Hand extends Clock {
    Instant now = Instant.parse("2026-01-05T09:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final Hand clock = new Hand();
  private final SignInThrottle throttle = new SignInThrottle(clock);

  @Test
  void fourFailuresAreForgivenTheFifthPausesTheUserName() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("jo.lead");
    }
    assertThat(throttle.waitFor("jo.lead")).isEmpty();

    throttle.failed("jo.lead");

    assertThat(throttle.waitFor("jo.lead")).contains(Duration.ofMinutes(1));
    assertThat(throttle.waitFor("JO.LEAD ")).as("the same user name however typed").isPresent();
    assertThat(throttle.waitFor("someone.else")).isEmpty();
  }

  @Test
  void thePauseEndsAndFurtherFailuresDoubleItUpToAnHour() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("jo.lead");
    }
    clock.now = clock.now.plus(Duration.ofMinutes(1));
    assertThat(throttle.waitFor("jo.lead")).isEmpty();

    throttle.failed("jo.lead");
    assertThat(throttle.waitFor("jo.lead")).contains(Duration.ofMinutes(2));

    for (int i = 0; i < 20; i++) {
      throttle.failed("jo.lead");
    }
    assertThat(throttle.waitFor("jo.lead")).contains(Duration.ofHours(1));
  }

  @Test
  void aSuccessClearsTheCount() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("jo.lead");
    }
    throttle.succeeded("jo.lead");
    throttle.failed("jo.lead");

    assertThat(throttle.waitFor("jo.lead")).isEmpty();
  }
}
