package org.ascassure.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The application's one database and its schema. The connection comes from MicroProfile Config
 * ({@code ascassure.db.*}, or {@code ASCASSURE_DB_*} in the environment), so the same EAR runs on
 * the embedded database and on a production MySQL 8. Migrations run before anything else starts.
 */
@DataSourceDefinition(
    name = Database.JNDI_NAME,
    className = "com.mysql.cj.jdbc.MysqlDataSource",
    url = "${MPCONFIG=ascassure.db.url}",
    user = "${MPCONFIG=ascassure.db.user}",
    password = "${MPCONFIG=ascassure.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      // the pool checks a connection before handing it out, so a restarted database is survivable
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=auto-commit"
    })
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Database {

  public static final String JNDI_NAME = "java:app/jdbc/ascassure";
  private static final Logger LOG = Logger.getLogger(Database.class.getName());

  @Resource(lookup = JNDI_NAME)
  DataSource dataSource;

  private volatile boolean migrated;

  @PostConstruct
  void migrate() {
    Flyway flyway =
        Flyway.configure(Database.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load();
    MigrateResult result = flyway.migrate();
    // targetSchemaVersion is null when nothing was applied, so ask for the version now in place
    MigrationInfo current = flyway.info().current();
    LOG.info(
        () ->
            "Database schema at version "
                + (current == null ? "none" : current.getVersion())
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
    migrated = true;
  }

  public boolean isMigrated() {
    return migrated;
  }

  public DataSource dataSource() {
    return dataSource;
  }
}
