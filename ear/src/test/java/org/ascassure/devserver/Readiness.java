package org.ascassure.devserver;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * Waits until the application itself answers: the readiness check is UP (schema migrated, database
 * reachable), the API answers (401 without credentials) and the admin login page renders. Log lines
 * are not evidence; answers are.
 */
final class Readiness {

  private Readiness() {}

  static void await(URI base, Duration limit) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(limit);
    String last = "no answer yet";
    while (Instant.now().isBefore(deadline)) {
      int health = status(http, base.resolve("health/ready"));
      int api = status(http, base.resolve("api/v1/frameworks"));
      int admin = status(http, base.resolve("admin/login.xhtml"));
      if (health == 200 && api == 401 && admin == 200) {
        return;
      }
      last = "health/ready " + health + ", api " + api + ", admin " + admin;
      Thread.sleep(1000);
    }
    throw new IOException(
        "The application did not become ready within " + limit + " (" + last + ")");
  }

  private static int status(HttpClient http, URI uri) throws InterruptedException {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build();
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException notYet) {
      return -1;
    }
  }
}
