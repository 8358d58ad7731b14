-- The audit trail: one record per write, appended in the same transaction as the write.
-- Each record carries the hash of its predecessor, so editing or deleting a record breaks the
-- chain where it happened (see AuditTrail.verify). audit_head is the single row every append
-- locks, which keeps the chain in order under concurrent writes.

CREATE TABLE audit_record (
    seq           BIGINT        NOT NULL,
    occurred_at   DATETIME(6)   NOT NULL,
    actor         VARCHAR(100)  NOT NULL,
    council_id    BIGINT,
    entity_type   VARCHAR(60)   NOT NULL,
    entity_id     VARCHAR(60)   NOT NULL,
    action        VARCHAR(20)   NOT NULL,
    changes       TEXT          NOT NULL,
    previous_hash CHAR(64)      NOT NULL,
    hash          CHAR(64)      NOT NULL,
    PRIMARY KEY (seq),
    INDEX ix_audit_council (council_id, seq),
    INDEX ix_audit_entity (entity_type, entity_id, seq),
    INDEX ix_audit_actor (actor, seq),
    INDEX ix_audit_time (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_head (
    id        INT       NOT NULL,
    last_seq  BIGINT    NOT NULL,
    last_hash CHAR(64)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
