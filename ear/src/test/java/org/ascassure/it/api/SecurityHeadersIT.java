package org.ascassure.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.ascassure.it.Api;
import org.ascassure.it.AscAssureServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Headers that keep pages and data from being framed, sniffed, cached or scripted. */
@ExtendWith(AscAssureServer.class)
class SecurityHeadersIT {

  @Test
  void pagesCarryAPolicyWithAFreshNonceAndTheUsualHeaders() {
    Api.Reply first = Api.anonymous().get("admin/login.xhtml");
    Api.Reply second = Api.anonymous().get("admin/login.xhtml");

    String policy = first.header("Content-Security-Policy");
    assertThat(policy).contains("script-src 'self' 'nonce-", "frame-ancestors 'none'");
    assertThat(policy).doesNotContain("'unsafe-eval'");
    assertThat(second.header("Content-Security-Policy")).isNotEqualTo(policy);
    assertThat(first.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(first.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(first.header("Cache-Control")).isEqualTo("no-store");
    String cookie = first.header("Set-Cookie");
    assertThat(cookie).contains("HttpOnly");
  }

  @Test
  void apiAnswersCannotBeFramedSniffedOrCached() {
    Api.Reply reply = Api.as(Api.LEAD).get("api/v1/frameworks");

    assertThat(reply.header("Content-Security-Policy"))
        .isEqualTo("default-src 'none'; frame-ancestors 'none'");
    assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
  }

  @Test
  void repeatedWrongPasswordsPauseTheUserNameEvenForTheRightOne()
      throws IOException, InterruptedException {
    String username = "paused.api" + System.nanoTime() % 100000;
    Api.newUser(username, "Paused-password-99", "LEAD");
    for (int i = 0; i < 5; i++) {
      assertThat(Api.as(username, "wrong-" + i).get("api/v1/me").status()).isEqualTo(401);
    }

    Api.Reply paused = Api.as(username, "Paused-password-99").get("api/v1/me");

    assertThat(paused.status()).isEqualTo(429);
    assertThat(Long.parseLong(paused.header("Retry-After"))).isBetween(1L, 120L);
    assertThat(paused.object().getString("detail")).startsWith("Too many failed sign-ins");
    assertThat(Api.as(Api.LEAD).get("api/v1/me").status())
        .as("others sign in as usual")
        .isEqualTo(200);
    String logged =
        "5 failed sign-ins for user name '" + username + "'; further attempts are refused until";
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!serverLogs().contains(logged) && System.nanoTime() < deadline) {
      Thread.sleep(200); // Payara writes its log from a queue
    }
    assertThat(serverLogs())
        .as("the refusal is logged for whoever watches the server")
        .contains(logged);
  }

  /** The server's log, with any files it has rotated to. */
  private static String serverLogs() throws IOException {
    Path log = AscAssureServer.serverLog();
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(log.getParent())) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().startsWith("server.log")).toList()) {
        all.append(Files.readString(file, StandardCharsets.ISO_8859_1));
      }
    }
    return all.toString();
  }
}
