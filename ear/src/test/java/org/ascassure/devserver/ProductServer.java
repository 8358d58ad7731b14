package org.ascassure.devserver;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The whole product: database (embedded unless external) and Payara with the EAR deployed. */
public final class ProductServer implements AutoCloseable {

  /** A MySQL 8 (or compatible) server that someone else runs. */
  public record ExternalDatabase(String url, String user, String password) {}

  /**
   * Where and how to run.
   *
   * @param httpPort the HTTP port; Payara's other ports follow from it (port base = port - 80)
   * @param dataDir where the embedded database keeps its data between runs
   * @param embeddedDbPort the embedded database's port (unused with an external database)
   * @param payaraHome the unpacked Payara Server distribution
   * @param domainsDir where this run's Payara domain lives
   * @param ear the application to deploy
   * @param applicationSettings {@code ASCASSURE_*} settings handed to the application
   */
  public record Config(
      int httpPort,
      Path dataDir,
      Optional<ExternalDatabase> externalDatabase,
      int embeddedDbPort,
      Path payaraHome,
      Path domainsDir,
      String domainName,
      Path ear,
      Map<String, String> applicationSettings) {}

  private final Config config;
  private EmbeddedDatabase database;
  private PayaraDomain payara;
  private final java.util.concurrent.atomic.AtomicBoolean closed =
      new java.util.concurrent.atomic.AtomicBoolean();

  /**
   * A server not yet started. Register {@link #close()} as a shutdown hook before {@link #start()},
   * so that a Ctrl-C during start-up stops what has already been started.
   */
  public ProductServer(Config config) {
    this.config = config;
  }

  /** Starts everything and returns once the application answers; cleans up if anything fails. */
  public void start() throws Exception {
    try {
      startAll();
    } catch (Exception | Error e) {
      close();
      throw e;
    }
  }

  private void startAll() throws Exception {
    int portBase = config.httpPort() - 80;
    // Payara's own check fails late, with a usage page; ours names the setting to change
    PortInUseException.requireFree(config.httpPort(), "HTTP", "ASCASSURE_HTTP_PORT");
    PortInUseException.requireFree(portBase + 48, "Payara administration", "ASCASSURE_HTTP_PORT");
    PortInUseException.requireFree(portBase + 81, "HTTPS", "ASCASSURE_HTTP_PORT");
    if (config.externalDatabase().isEmpty()) {
      PortInUseException.requireFree(
          config.embeddedDbPort(), "embedded database", "ASCASSURE_DB_PORT");
    }
    Map<String, String> environment = new HashMap<>(config.applicationSettings());
    // uploaded evidence files live beside the database's data unless configured elsewhere
    environment.putIfAbsent(
        "ASCASSURE_FILES_DIR", config.dataDir().resolve("files").toAbsolutePath().toString());
    if (config.externalDatabase().isPresent()) {
      ExternalDatabase external = config.externalDatabase().get();
      environment.put("ASCASSURE_DB_URL", external.url());
      environment.put("ASCASSURE_DB_USER", external.user());
      environment.put("ASCASSURE_DB_PASSWORD", external.password());
    } else {
      database =
          EmbeddedDatabase.start(
              config.embeddedDbPort(),
              config.dataDir().resolve("mariadb-data"),
              config.dataDir().resolve("mariadb-base"));
      environment.put("ASCASSURE_DB_URL", database.jdbcUrl());
      environment.put("ASCASSURE_DB_USER", "root");
      // the embedded server runs without grant tables: any password is accepted on loopback
      environment.put("ASCASSURE_DB_PASSWORD", "embedded");
    }
    payara =
        new PayaraDomain(config.payaraHome(), config.domainsDir(), config.domainName(), portBase);
    payara.start(environment);
    payara.deploy(config.ear(), "ascassure");
    Readiness.await(baseUri(), Duration.ofMinutes(8));
  }

  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + config.httpPort() + "/");
  }

  public Path serverLog() {
    return payara.serverLog();
  }

  @Override
  public void close() {
    if (closed.getAndSet(true)) {
      return;
    }
    if (payara != null) {
      payara.close();
    }
    if (database != null) {
      database.close();
    }
  }
}
