-- The evidence bank: per council, items with stable references E1, E2, ... that are never reused.
-- evidence_counter holds the last number given out per council; creating an item locks that row,
-- so concurrent creates get distinct numbers and a withdrawn item's number is never handed out again.
-- Items are never deleted (withdrawal is a status), so the child tables only follow their item.

CREATE TABLE evidence_counter (
    council_id  BIGINT NOT NULL,
    last_number INT    NOT NULL,
    PRIMARY KEY (council_id),
    CONSTRAINT fk_evidence_counter_council FOREIGN KEY (council_id) REFERENCES council (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE evidence_item (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    council_id        BIGINT        NOT NULL,
    ref_number        INT           NOT NULL,
    title             VARCHAR(300)  NOT NULL,
    description       VARCHAR(4000),
    owner             VARCHAR(200),
    evidence_date     DATE,
    review_by         DATE,
    status            VARCHAR(20)   NOT NULL,
    link_url          VARCHAR(1000),
    withdrawal_reason VARCHAR(1000),
    file_name         VARCHAR(255),
    file_media_type   VARCHAR(100),
    file_size         BIGINT,
    file_sha256       CHAR(64),
    file_storage_key  VARCHAR(64),
    version           BIGINT        NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    created_by        VARCHAR(100)  NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    updated_by        VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_evidence_item_ref UNIQUE (council_id, ref_number),
    CONSTRAINT fk_evidence_item_council FOREIGN KEY (council_id) REFERENCES council (id),
    CONSTRAINT ck_evidence_item_ref CHECK (ref_number >= 1),
    CONSTRAINT ck_evidence_item_status CHECK (status IN ('DRAFT', 'CURRENT', 'EXPIRED', 'WITHDRAWN')),
    INDEX ix_evidence_item_status (council_id, status, review_by),
    INDEX ix_evidence_item_owner (council_id, owner)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE evidence_item_category (
    item_id       BIGINT      NOT NULL,
    category_code VARCHAR(40) NOT NULL,
    PRIMARY KEY (item_id, category_code),
    CONSTRAINT fk_evidence_item_category_item FOREIGN KEY (item_id) REFERENCES evidence_item (id),
    INDEX ix_evidence_item_category_code (category_code, item_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE evidence_item_statement (
    item_id        BIGINT      NOT NULL,
    statement_code VARCHAR(10) NOT NULL,
    PRIMARY KEY (item_id, statement_code),
    CONSTRAINT fk_evidence_item_statement_item FOREIGN KEY (item_id) REFERENCES evidence_item (id),
    INDEX ix_evidence_item_statement_code (statement_code, item_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
