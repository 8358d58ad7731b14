package org.ascassure.audit.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/** The chain's rule: a record's hash covers its whole content and its predecessor's hash. */
public final class AuditHash {

  /** The hash before the first record. */
  public static final String GENESIS = "0".repeat(64);

  private static final DateTimeFormatter MICROS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");

  private AuditHash() {}

  public static String of(
      String previousHash,
      long seq,
      LocalDateTime occurredAt,
      String actor,
      Long councilId,
      String entityType,
      String entityId,
      AuditAction action,
      String changes) {
    String canonical =
        String.join(
            "\n",
            previousHash,
            Long.toString(seq),
            MICROS.format(occurredAt),
            actor,
            councilId == null ? "-" : councilId.toString(),
            entityType,
            entityId,
            action.name(),
            changes);
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
