-- Issue 5: what follows an assessment. Milestones and findings belong to the assessment; the
-- follow-up deadline rules are data (defaults below, administrators change them); improvement
-- plans with workstreams, actions, progress updates and frozen reporting snapshots.

CREATE TABLE assessment_milestone (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    assessment_id BIGINT       NOT NULL,
    kind          VARCHAR(40)  NOT NULL,
    planned_on    DATE,
    actual_on     DATE,
    case_count    INT,
    note          VARCHAR(500),
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    updated_by    VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_milestone_kind UNIQUE (assessment_id, kind),
    CONSTRAINT fk_milestone_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id),
    CONSTRAINT ck_milestone_cases CHECK (case_count IS NULL OR case_count >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE assessment_finding (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    assessment_id  BIGINT        NOT NULL,
    statement_code VARCHAR(10)   NOT NULL,
    kind           VARCHAR(30)   NOT NULL,
    text           VARCHAR(1000) NOT NULL,
    version        BIGINT        NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    created_by     VARCHAR(100)  NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    updated_by     VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_finding_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id),
    INDEX ix_finding_assessment (assessment_id, statement_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per kind of follow-up deadline. The first falls offset_amount offset_unit after
-- publication; a repeating rule adds repeat_every months occurrence_count - 1 more times, each
-- counted from the publication date (so month ends do not drift).
CREATE TABLE deadline_rule (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    code             VARCHAR(40)  NOT NULL,
    label            VARCHAR(200) NOT NULL,
    ratings          VARCHAR(200) NOT NULL,
    offset_amount    INT          NOT NULL,
    offset_unit      VARCHAR(10)  NOT NULL,
    repeat_every     INT,
    occurrence_count INT          NOT NULL,
    position         INT          NOT NULL,
    version          BIGINT       NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    created_by       VARCHAR(100) NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    updated_by       VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_deadline_rule_code UNIQUE (code),
    CONSTRAINT ck_deadline_rule_offset CHECK (offset_amount >= 0),
    CONSTRAINT ck_deadline_rule_count CHECK (occurrence_count >= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO deadline_rule (code, label, ratings, offset_amount, offset_unit, repeat_every,
                           occurrence_count, position, version, created_at, created_by,
                           updated_at, updated_by) VALUES
    ('STAGE_1_RESPONSE', 'Stage 1 response to the CQC report', 'REQUIRES_IMPROVEMENT,INADEQUATE',
     10, 'DAYS', NULL, 1, 1, 0, CURRENT_TIMESTAMP(6), 'system', CURRENT_TIMESTAMP(6), 'system'),
    ('STAGE_2_REVIEW', 'Stage 2 action plan review', 'REQUIRES_IMPROVEMENT,INADEQUATE',
     3, 'MONTHS', NULL, 1, 2, 0, CURRENT_TIMESTAMP(6), 'system', CURRENT_TIMESTAMP(6), 'system'),
    ('STAGE_3_DHSC_UPDATE', 'Stage 3 quarterly update to DHSC', 'REQUIRES_IMPROVEMENT,INADEQUATE',
     6, 'MONTHS', 3, 8, 3, 0, CURRENT_TIMESTAMP(6), 'system', CURRENT_TIMESTAMP(6), 'system');

CREATE TABLE improvement_plan (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    council_id    BIGINT       NOT NULL,
    assessment_id BIGINT,
    title         VARCHAR(200) NOT NULL,
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    updated_by    VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_plan_council FOREIGN KEY (council_id) REFERENCES council (id),
    CONSTRAINT fk_plan_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id),
    INDEX ix_plan_council (council_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE improvement_workstream (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    plan_id         BIGINT       NOT NULL,
    title           VARCHAR(200) NOT NULL,
    lead_name       VARCHAR(100),
    statement_codes VARCHAR(200),
    cost_low        BIGINT,
    cost_high       BIGINT,
    delivery_group  VARCHAR(200),
    version         BIGINT       NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_workstream_plan FOREIGN KEY (plan_id) REFERENCES improvement_plan (id),
    CONSTRAINT ck_workstream_cost CHECK (cost_low IS NULL OR cost_high IS NULL
                                         OR (cost_low >= 0 AND cost_low <= cost_high))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE improvement_action (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    workstream_id       BIGINT        NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    description         VARCHAR(2000),
    owner               VARCHAR(100)  NOT NULL,
    start_on            DATE,
    due_on              DATE          NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    percent_complete    INT           NOT NULL,
    blocked_reason      VARCHAR(500),
    statement_codes     VARCHAR(200),
    finding_ids         VARCHAR(500),
    milestones          VARCHAR(1000),
    rag_override        VARCHAR(10),
    rag_override_reason VARCHAR(500),
    version             BIGINT        NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    created_by          VARCHAR(100)  NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    updated_by          VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_action_workstream FOREIGN KEY (workstream_id)
        REFERENCES improvement_workstream (id),
    CONSTRAINT ck_action_percent CHECK (percent_complete BETWEEN 0 AND 100),
    INDEX ix_action_owner (owner)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE action_update (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    action_id        BIGINT        NOT NULL,
    written_on       DATE          NOT NULL,
    author           VARCHAR(100)  NOT NULL,
    note             VARCHAR(2000) NOT NULL,
    status_after     VARCHAR(20)   NOT NULL,
    percent_after    INT           NOT NULL,
    version          BIGINT        NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    created_by       VARCHAR(100)  NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    updated_by       VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_update_action FOREIGN KEY (action_id) REFERENCES improvement_action (id),
    INDEX ix_update_action (action_id, written_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A frozen copy of a plan as reported; the application never updates or deletes a row.
CREATE TABLE plan_snapshot (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    plan_id      BIGINT       NOT NULL,
    taken_on     DATE         NOT NULL,
    audience     VARCHAR(30)  NOT NULL,
    content      LONGTEXT     NOT NULL,
    content_hash VARCHAR(64)  NOT NULL,
    version      BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    updated_by   VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_snapshot_plan FOREIGN KEY (plan_id) REFERENCES improvement_plan (id),
    INDEX ix_snapshot_plan (plan_id, taken_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
