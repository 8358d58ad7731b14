package org.ascassure.it;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ascassure.devserver.PayaraDomain;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Keycloak (the {@code keycloak-quarkus-dist} unpacked by the build) as the council's
 * identity provider, with the test realm {@code fernshire} from {@code
 * src/test/resources/keycloak}. Started once per run and only when a test class that needs it runs
 * (one to two minutes on two cores, most of it Quarkus' build step at the first start), in
 * development mode on 127.0.0.1 with its own fresh H2 storage; stopped when the run ends, also when
 * its start-up fails.
 */
public class KeycloakServer implements BeforeAllCallback {

  public static final String REALM = "fernshire";

  /** The confidential client of the admin UI (authorisation code flow). */
  public static final String ADMIN_CLIENT_ID = "asc-assure";

  public static final String ADMIN_CLIENT_SECRET = "fernshire-test-client-secret";

  private static final Duration START_LIMIT = Duration.ofMinutes(8);
  private static volatile Process process;
  private static volatile IllegalStateException startFailure;

  /** Where tests and the product find the realm, e.g. {@code http://127.0.0.1:28880/realms/…}. */
  public static String issuer() {
    return "http://127.0.0.1:" + port() + "/realms/" + REALM;
  }

  /** The test realm's people: user name, password, group. */
  public enum Person {
    LEAD("kc.lead", "Fernshire-kc-lead-2026"),
    ADMIN("kc.admin", "Fernshire-kc-admin-2026"),
    DIRECTOR("kc.director", "Fernshire-kc-director-2026"),
    /** In the group {@code finance}, which gives no role in ASC Assure. */
    FINANCE("kc.finance", "Fernshire-kc-finance-2026");

    public final String username;
    public final String password;

    Person(String username, String password) {
      this.username = username;
      this.password = password;
    }
  }

  /**
   * An access token for a person, straight from Keycloak's token endpoint (resource owner password
   * grant of the API test client, whose tokens name ASC Assure as their audience).
   */
  public static String accessToken(Person person) {
    return accessToken("asc-assure-api-tests", "fernshire-api-client-secret", person);
  }

  /** An access token issued to another client of the same realm. */
  public static String accessToken(String clientId, String clientSecret, Person person) {
    String form =
        "grant_type=password&scope=openid&client_id="
            + clientId
            + "&client_secret="
            + clientSecret
            + "&username="
            + person.username
            + "&password="
            + person.password;
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("Keycloak refused a token: " + response.body());
      }
      try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(response.body()))) {
        return reader.readObject().getString("access_token");
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static int port() {
    return Integer.getInteger("it.keycloak.port", 28880);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(
            KeycloakServer.class.getName(), key -> new Running(start()), Running.class);
  }

  private static Process start() {
    if (startFailure != null) {
      throw startFailure;
    }
    Path home = Path.of(System.getProperty("ascassure.keycloak.home"));
    Path log = home.resolveSibling("keycloak.log");
    try {
      requireFree(port());
      // fresh storage every run: the realm is imported as the file says, nothing left from before
      PayaraDomain.deleteTree(home.resolve("data"));
      Path imports = Files.createDirectories(home.resolve("data/import"));
      String realm =
          Files.readString(Path.of("src/test/resources/keycloak/fernshire-realm.json"))
              .replace("@ADMIN_BASE_URI@", AscAssureServer.expectedBaseUri().toString());
      Files.writeString(imports.resolve(REALM + "-realm.json"), realm);
      ProcessBuilder builder =
          new ProcessBuilder(
                  List.of(
                      "/bin/sh",
                      home.resolve("bin/kc.sh").toString(),
                      "start-dev",
                      "--http-host=127.0.0.1",
                      "--http-port=" + port(),
                      "--import-realm",
                      // nothing else listens, nothing is sent anywhere
                      "--health-enabled=false",
                      "--metrics-enabled=false",
                      "--cache=local"))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      // the script otherwise sizes the heap from the machine's memory (70 % of 24 GB here)
      builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
      Instant started = Instant.now();
      Process running = builder.start();
      process = running;
      // a killed test JVM still takes Keycloak down with it
      Runtime.getRuntime().addShutdownHook(new Thread(KeycloakServer::stop));
      awaitReady(running, log);
      System.out.println(
          "Keycloak "
              + home.getFileName()
              + " ready at "
              + issuer()
              + " after "
              + Duration.between(started, Instant.now()).toSeconds()
              + " s");
      return running;
    } catch (Exception | Error e) {
      stop();
      startFailure =
          new IllegalStateException(
              "Keycloak could not be started for the tests (see " + log + ")", e);
      throw startFailure;
    }
  }

  /** Ready when the realm's discovery document is served, not when a log line says so. */
  private static void awaitReady(Process running, Path log)
      throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
    Instant deadline = Instant.now().plus(START_LIMIT);
    while (Instant.now().isBefore(deadline)) {
      if (!running.isAlive()) {
        throw new IOException("Keycloak stopped during start-up:\n" + tail(log));
      }
      try {
        HttpRequest request =
            HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(5)).GET().build();
        if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(500);
    }
    throw new IOException("Keycloak did not serve " + discovery + " within " + START_LIMIT);
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
  }

  private static void requireFree(int port) {
    try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      probe.setReuseAddress(true);
    } catch (IOException taken) {
      throw new IllegalStateException(
          "Port " + port + " for Keycloak is taken; choose another with -Dit.keycloak.port=…");
    }
  }

  private static synchronized void stop() {
    Process running = process;
    if (running == null) {
      return;
    }
    process = null;
    // the script execs Java, but stop whatever it started in any case
    running.descendants().forEach(ProcessHandle::destroy);
    running.destroy();
    try {
      if (!running.waitFor(30, TimeUnit.SECONDS)) {
        running.descendants().forEach(ProcessHandle::destroyForcibly);
        running.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running.destroyForcibly();
    }
  }

  /** Closed by JUnit when the whole run ends. */
  private record Running(Process process) implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      stop();
    }
  }
}
