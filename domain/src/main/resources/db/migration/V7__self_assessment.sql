-- Self-assessments: a council's own account of itself against a framework. The structure follows
-- the framework: Section A overview parts, Section B parts per theme and a narrative per statement,
-- Section C how it was produced. Every save of a narrative is kept as a revision; "publish"
-- freezes the whole document as a numbered version whose content never changes.

CREATE TABLE self_assessment (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    council_id     BIGINT       NOT NULL,
    framework_id   BIGINT       NOT NULL,
    title          VARCHAR(300) NOT NULL,
    period_label   VARCHAR(100) NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    version_label  VARCHAR(40),
    status_note    VARCHAR(1000),
    version        BIGINT       NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    created_by     VARCHAR(100) NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    updated_by     VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_self_assessment_council FOREIGN KEY (council_id) REFERENCES council (id),
    CONSTRAINT fk_self_assessment_framework FOREIGN KEY (framework_id) REFERENCES framework (id),
    INDEX ix_self_assessment_council (council_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One narrative per part of the document; slot names the part, e.g. STATEMENT_PERFORMANCE:QS4.
CREATE TABLE sa_narrative (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    self_assessment_id BIGINT       NOT NULL,
    slot               VARCHAR(80)  NOT NULL,
    part               VARCHAR(40)  NOT NULL,
    subject_code       VARCHAR(40),
    position           INT          NOT NULL,
    body_html          LONGTEXT     NOT NULL,
    revision_number    INT          NOT NULL,
    version            BIGINT       NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    created_by         VARCHAR(100) NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    updated_by         VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_sa_narrative_slot UNIQUE (self_assessment_id, slot),
    CONSTRAINT fk_sa_narrative_self_assessment FOREIGN KEY (self_assessment_id) REFERENCES self_assessment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every saved text of a narrative, never changed afterwards.
CREATE TABLE sa_narrative_revision (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    narrative_id BIGINT       NOT NULL,
    number       INT          NOT NULL,
    body_html    LONGTEXT     NOT NULL,
    revised_at   DATETIME(6)  NOT NULL,
    revised_by   VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_sa_narrative_revision UNIQUE (narrative_id, number),
    CONSTRAINT fk_sa_narrative_revision_narrative FOREIGN KEY (narrative_id) REFERENCES sa_narrative (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The council's proposed score per statement, with its rationale.
CREATE TABLE sa_self_score (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    self_assessment_id BIGINT        NOT NULL,
    statement_code     VARCHAR(10)   NOT NULL,
    score              INT,
    rationale          VARCHAR(4000),
    version            BIGINT        NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    created_by         VARCHAR(100)  NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    updated_by         VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_sa_self_score UNIQUE (self_assessment_id, statement_code),
    CONSTRAINT fk_sa_self_score_self_assessment FOREIGN KEY (self_assessment_id) REFERENCES self_assessment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Section C: stakeholders' reflective comments and endorsements.
CREATE TABLE sa_sign_off (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    self_assessment_id BIGINT        NOT NULL,
    kind               VARCHAR(30)   NOT NULL,
    person_name        VARCHAR(200)  NOT NULL,
    person_role        VARCHAR(200),
    organisation       VARCHAR(200),
    given_on           DATE          NOT NULL,
    comment_text       VARCHAR(4000),
    version            BIGINT        NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    created_by         VARCHAR(100)  NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    updated_by         VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_sa_sign_off_self_assessment FOREIGN KEY (self_assessment_id) REFERENCES self_assessment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Published versions v1, v2, …: the whole document frozen as JSON.
CREATE TABLE sa_published_version (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    self_assessment_id BIGINT        NOT NULL,
    number             INT           NOT NULL,
    note               VARCHAR(1000),
    content_json       LONGTEXT      NOT NULL,
    content_sha256     CHAR(64)      NOT NULL,
    version            BIGINT        NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    created_by         VARCHAR(100)  NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    updated_by         VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_sa_published_version UNIQUE (self_assessment_id, number),
    CONSTRAINT fk_sa_published_version_self_assessment FOREIGN KEY (self_assessment_id) REFERENCES self_assessment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
