package org.ascassure.audit.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.ascassure.audit.entity.AuditAction;
import org.ascassure.audit.entity.AuditHash;

/**
 * Appends to the audit trail with plain JDBC on the transaction's own connection (JPA may not be
 * used from inside a flush). Locking the single head row puts concurrent appends in one order.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditWriter {

  // an EJB, not a plain CDI bean: EclipseLink may flush at commit, outside any component
  // invocation, where JNDI and @Resource injection into a CDI bean fail; an EJB call brings its own
  @Resource(lookup = "java:app/jdbc/ascassure")
  DataSource dataSource;

  /** Appends one record; must run inside the transaction of the write it records. */
  public void append(
      String actor,
      Long councilId,
      String entityType,
      String entityId,
      AuditAction action,
      String changes) {
    try (Connection connection = dataSource.getConnection()) {
      long seq;
      String previousHash;
      try (PreparedStatement head =
              connection.prepareStatement(
                  "SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE");
          ResultSet row = head.executeQuery()) {
        if (!row.next()) {
          throw new IllegalStateException("audit_head is missing: migration V4 did not run");
        }
        seq = row.getLong(1) + 1;
        previousHash = row.getString(2);
      }
      LocalDateTime at = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
      String hash =
          AuditHash.of(
              previousHash, seq, at, actor, councilId, entityType, entityId, action, changes);
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO audit_record (seq, occurred_at, actor, council_id, entity_type,"
                  + " entity_id, action, changes, previous_hash, hash)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        insert.setLong(1, seq);
        insert.setTimestamp(2, Timestamp.valueOf(at));
        insert.setString(3, actor);
        if (councilId == null) {
          insert.setNull(4, Types.BIGINT);
        } else {
          insert.setLong(4, councilId);
        }
        insert.setString(5, entityType);
        insert.setString(6, entityId);
        insert.setString(7, action.name());
        insert.setString(8, changes);
        insert.setString(9, previousHash);
        insert.setString(10, hash);
        insert.executeUpdate();
      }
      try (PreparedStatement move =
          connection.prepareStatement(
              "UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
        move.setLong(1, seq);
        move.setString(2, hash);
        move.executeUpdate();
      }
    } catch (SQLException e) {
      // failing the write is right: a change that cannot be audited must not happen
      throw new IllegalStateException("The audit trail could not be written", e);
    }
  }
}
