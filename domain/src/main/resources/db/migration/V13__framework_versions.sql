-- Administrators manage framework versions: a new version starts as a DRAFT copy of an existing
-- one, is edited while a draft, then PUBLISHED for use; a version no longer offered is RETIRED.
-- The two frameworks loaded by V2 and V3 are in use already. Versions are tracked (optimistic
-- lock, who and when) like every other record; their parts get ids from a table generator that
-- starts far above the ids V2 and V3 gave by hand.

ALTER TABLE framework
    ADD COLUMN status     VARCHAR(20)  NOT NULL DEFAULT 'ACTIVE',
    ADD COLUMN based_on   VARCHAR(40)  NULL,
    ADD COLUMN version    BIGINT       NOT NULL DEFAULT 0,
    ADD COLUMN created_at DATETIME(6)  NOT NULL DEFAULT '2023-04-01 00:00:00',
    ADD COLUMN created_by VARCHAR(100) NOT NULL DEFAULT 'migration',
    ADD COLUMN updated_at DATETIME(6)  NOT NULL DEFAULT '2023-04-01 00:00:00',
    ADD COLUMN updated_by VARCHAR(100) NOT NULL DEFAULT 'migration';

ALTER TABLE framework
    ADD CONSTRAINT ck_framework_status CHECK (status IN ('DRAFT', 'ACTIVE', 'RETIRED'));

CREATE TABLE framework_id_sequence (
    name       VARCHAR(40) NOT NULL,
    next_value BIGINT      NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO framework_id_sequence (name, next_value) VALUES ('framework', 1000000);
