-- Auditor review: verdicts on evidence items and narratives, and the threads that answer them.
-- target_version is the reviewed record's own version at the time, so a later change shows.

CREATE TABLE review (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    council_id         BIGINT        NOT NULL,
    target_type        VARCHAR(20)   NOT NULL,
    target_id          BIGINT        NOT NULL,
    self_assessment_id BIGINT,
    target_label       VARCHAR(400)  NOT NULL,
    target_version     BIGINT        NOT NULL,
    verdict            VARCHAR(20)   NOT NULL,
    verdict_text       VARCHAR(4000),
    is_open            BOOLEAN       NOT NULL,
    resolved_at        DATETIME(6),
    resolved_by        VARCHAR(100),
    resolution_note    VARCHAR(4000),
    version            BIGINT        NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    created_by         VARCHAR(100)  NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    updated_by         VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_review_council FOREIGN KEY (council_id) REFERENCES council (id),
    CONSTRAINT fk_review_self_assessment FOREIGN KEY (self_assessment_id) REFERENCES self_assessment (id),
    INDEX ix_review_target (target_type, target_id),
    INDEX ix_review_council_open (council_id, is_open)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE review_reply (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    review_id  BIGINT        NOT NULL,
    author     VARCHAR(100)  NOT NULL,
    reply_text VARCHAR(4000) NOT NULL,
    version    BIGINT        NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    created_by VARCHAR(100)  NOT NULL,
    updated_at DATETIME(6)   NOT NULL,
    updated_by VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_review_reply_review FOREIGN KEY (review_id) REFERENCES review (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
