package org.ascassure.it;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ascassure.devserver.ProductServer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the assembled EAR on Payara Server with its own embedded database, once for all test
 * classes of a run, on the test ports (so a running product is not disturbed), and stops both when
 * the run ends - also when a test or the start-up itself fails.
 */
public class AscAssureServer implements BeforeAllCallback {

  public static final String ADMIN_USER = "admin";
  private static final String ADMIN_PASSWORD = "it-" + UUID.randomUUID();
  private static volatile ProductServer server;
  private static volatile IllegalStateException startFailure;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(
            AscAssureServer.class.getName(), key -> new Running(startServer()), Running.class);
  }

  /** Where the product will listen once started (the identity provider must know it first). */
  public static URI expectedBaseUri() {
    return URI.create("http://127.0.0.1:" + (Integer.getInteger("it.server.portbase") + 80) + "/");
  }

  /** The product's address, e.g. {@code http://127.0.0.1:28080/}. */
  public static URI baseUri() {
    if (server == null) {
      throw new IllegalStateException("annotate the test with @ExtendWith(AscAssureServer.class)");
    }
    return server.baseUri();
  }

  /** Payara's log of the server the tests run against, where the application logs too. */
  public static Path serverLog() {
    if (server == null) {
      throw new IllegalStateException("annotate the test with @ExtendWith(AscAssureServer.class)");
    }
    return server.serverLog();
  }

  public static String adminPassword() {
    return ADMIN_PASSWORD;
  }

  private static ProductServer startServer() {
    if (startFailure != null) {
      // one failed start is reported once per test class, not retried for minutes each time
      throw startFailure;
    }
    try {
      Path target = Path.of(System.getProperty("ascassure.it.dir"));
      Path dataDir = target.resolve("it-data");
      org.ascassure.devserver.PayaraDomain.deleteTree(dataDir.resolve("mariadb-data"));
      Files.createDirectories(dataDir);
      ProductServer.Config config =
          new ProductServer.Config(
              Integer.getInteger("it.server.portbase") + 80,
              dataDir,
              Optional.empty(),
              Integer.getInteger("it.server.db.port"),
              Path.of(System.getProperty("ascassure.payara.home")),
              target.resolve("it-domains"),
              "ascassure-it",
              Path.of(System.getProperty("ascassure.ear")),
              Map.of(
                  "ASCASSURE_PROFILE",
                  "development",
                  "ASCASSURE_DEMO",
                  "true",
                  "ASCASSURE_ADMIN_PASSWORD",
                  ADMIN_PASSWORD,
                  // the test Keycloak; it is started only by the tests that sign in through it,
                  // and the product reaches it only when someone does
                  "ASCASSURE_OIDC_ISSUER",
                  KeycloakServer.issuer(),
                  "ASCASSURE_OIDC_CLIENT_ID",
                  KeycloakServer.ADMIN_CLIENT_ID,
                  "ASCASSURE_OIDC_CLIENT_SECRET",
                  KeycloakServer.ADMIN_CLIENT_SECRET,
                  "ASCASSURE_OIDC_ROLE_MAPPING",
                  "asc-admin=ADMIN,asc-lead=LEAD,asc-director=DIRECTOR,asc-auditor=AUDITOR"));
      ProductServer started = new ProductServer(config);
      // a killed test JVM still takes Payara and the database down with it
      Runtime.getRuntime().addShutdownHook(new Thread(started::close));
      started.start();
      server = started;
      return started;
    } catch (Exception e) {
      startFailure = new IllegalStateException("The product could not be started for the tests", e);
      throw startFailure;
    }
  }

  /** Closed by JUnit when the whole run ends. */
  private record Running(ProductServer server) implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      server.close();
    }
  }
}
