package org.ascassure.devserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One Payara Server 6 domain with its own ports, listening on 127.0.0.1 only, with the data grid
 * and phone-home switched off (nothing here may leave the machine, and two domains on one machine
 * must not find each other).
 *
 * <p>Creating a domain takes Payara about 15 s, so a pristine copy is created once per port base
 * and copied for every start: each start begins from a domain with nothing deployed.
 */
public final class PayaraDomain implements AutoCloseable {

  private static final Duration COMMAND_LIMIT = Duration.ofMinutes(8);

  private final Path payaraHome;
  private final Path domainsDir;
  private final String name;
  private final int portBase;
  private volatile boolean running;

  public PayaraDomain(Path payaraHome, Path domainsDir, String name, int portBase) {
    this.payaraHome = payaraHome;
    this.domainsDir = domainsDir;
    this.name = name;
    this.portBase = portBase;
  }

  public int httpPort() {
    return portBase + 80;
  }

  public int adminPort() {
    return portBase + 48;
  }

  public Path serverLog() {
    return domainsDir.resolve(name).resolve("logs/server.log");
  }

  /** Creates (or re-creates from the pristine copy) the domain and starts it. */
  public void start(Map<String, String> environment) throws IOException, InterruptedException {
    Path domain = domainsDir.resolve(name);
    stopLeftOver(domain);
    Path pristine = domainsDir.resolve(".pristine-" + portBase);
    if (!Files.isDirectory(pristine.resolve("config"))) {
      createPristine(pristine);
    }
    deleteTree(domain);
    copyTree(pristine, domain);
    running = true;
    asadmin(environment, "start-domain", "--domaindir", domainsDir.toString(), name);
  }

  public void deploy(Path ear, String appName) throws IOException, InterruptedException {
    asadmin(
        Map.of(),
        "--port",
        Integer.toString(adminPort()),
        "--host",
        "127.0.0.1",
        "deploy",
        "--force=true",
        "--name",
        appName,
        ear.toString());
  }

  @Override
  public void close() {
    if (!running) {
      return;
    }
    try {
      asadmin(Map.of(), "stop-domain", "--domaindir", domainsDir.toString(), name);
    } catch (IOException | RuntimeException e) {
      System.err.println("Could not stop Payara cleanly (" + e.getMessage() + "); killing it.");
      killFromPidFile(domainsDir.resolve(name));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      killFromPidFile(domainsDir.resolve(name));
    }
    running = false;
  }

  private void createPristine(Path pristine) throws IOException, InterruptedException {
    Path building = domainsDir.resolve(".building-" + portBase);
    deleteTree(building);
    Files.createDirectories(domainsDir);
    asadmin(
        Map.of(),
        "--interactive=false",
        "create-domain",
        "--nopassword",
        "--portbase",
        Integer.toString(portBase),
        "--domaindir",
        domainsDir.toString(),
        building.getFileName().toString());
    Path domainXml = building.resolve("config/domain.xml");
    Files.writeString(domainXml, confine(Files.readString(domainXml)));
    deleteTree(pristine);
    Files.move(building, pristine);
  }

  /**
   * Binds the server's own listeners to loopback and switches off the data grid and phone-home.
   * Only the running configuration ({@code server-config}, the first in the file) is changed.
   */
  static String confine(String domainXml) {
    int defaultConfig = domainXml.indexOf("<config name=\"default-config\"");
    String server = defaultConfig < 0 ? domainXml : domainXml.substring(0, defaultConfig);
    String rest = defaultConfig < 0 ? "" : domainXml.substring(defaultConfig);
    server =
        server
            .replace("<network-listener port=", "<network-listener address=\"127.0.0.1\" port=")
            .replace("address=\"0.0.0.0\"", "address=\"127.0.0.1\"")
            .replace(
                "<hazelcast-config-specific-configuration>",
                "<hazelcast-config-specific-configuration enabled=\"false\">")
            .replace(
                "<hazelcast-runtime-configuration ",
                "<phone-home-runtime-configuration enabled=\"false\"></phone-home-runtime-configuration>\n"
                    + "    <hazelcast-runtime-configuration ");
    if (!server.contains("enabled=\"false\">") || !server.contains("address=\"127.0.0.1\" port=")) {
      throw new IllegalStateException(
          "domain.xml of this Payara version does not look as expected; cannot confine it");
    }
    return server + rest;
  }

  private void asadmin(Map<String, String> environment, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(payaraHome.resolve("bin/asadmin").toString());
    command.addAll(List.of(arguments));
    // output goes to a file, not a pipe: the server that start-domain leaves running inherits
    // asadmin's streams, and a pipe would then never reach end-of-file
    Path output = Files.createTempFile("asadmin", ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
    builder.environment().putAll(environment);
    Process process = builder.start();
    boolean finished = process.waitFor(COMMAND_LIMIT.toSeconds(), TimeUnit.SECONDS);
    String text = Files.readString(output, StandardCharsets.UTF_8);
    Files.deleteIfExists(output);
    if (!finished) {
      process.destroyForcibly();
      throw new IOException("asadmin " + arguments[0] + " did not finish in " + COMMAND_LIMIT);
    }
    if (process.exitValue() != 0) {
      throw new IOException("asadmin " + String.join(" ", arguments) + " failed:\n" + text);
    }
  }

  /** A domain left running by a launcher that was killed outright is stopped first. */
  private static void stopLeftOver(Path domain) {
    killFromPidFile(domain);
  }

  private static void killFromPidFile(Path domain) {
    Path pidFile = domain.resolve("config/pid");
    if (!Files.isRegularFile(pidFile)) {
      return;
    }
    try {
      long pid = Long.parseLong(Files.readString(pidFile).strip());
      ProcessHandle.of(pid)
          .filter(p -> p.info().command().map(c -> c.contains("java")).orElse(false))
          .ifPresent(
              p -> {
                p.destroy();
                try {
                  p.onExit().get(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                  p.destroyForcibly();
                }
              });
      Files.deleteIfExists(pidFile);
    } catch (IOException | NumberFormatException e) {
      // no usable pid file: nothing of ours is running
    }
  }

  public static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      paths.forEach(
          source -> {
            try {
              Path target = to.resolve(from.relativize(source).toString());
              if (Files.isDirectory(source)) {
                Files.createDirectories(target);
              } else {
                Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
  }
}
