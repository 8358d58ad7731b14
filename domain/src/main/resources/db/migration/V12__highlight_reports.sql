-- Workstream highlight reports: one per workstream and period (a month "2026-11" or a quarter
-- "2026-Q4"); period_start orders them. Edits keep the row; the audit trail keeps earlier texts.
CREATE TABLE highlight_report (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    workstream_id   BIGINT        NOT NULL,
    period          VARCHAR(7)    NOT NULL,
    period_start    DATE          NOT NULL,
    written_on      DATE          NOT NULL,
    author          VARCHAR(100)  NOT NULL,
    achievements    VARCHAR(4000) NOT NULL,
    next_steps      VARCHAR(4000) NOT NULL,
    risks           VARCHAR(4000),
    computed_rag    VARCHAR(10)   NOT NULL,
    computed_reason VARCHAR(500)  NOT NULL,
    chosen_rag      VARCHAR(10)   NOT NULL,
    rag_reason      VARCHAR(1000),
    version         BIGINT        NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    updated_by      VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_highlight_workstream FOREIGN KEY (workstream_id)
        REFERENCES improvement_workstream (id),
    CONSTRAINT uq_highlight_workstream_period UNIQUE (workstream_id, period),
    CONSTRAINT ck_highlight_reason CHECK (chosen_rag = computed_rag OR rag_reason IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
