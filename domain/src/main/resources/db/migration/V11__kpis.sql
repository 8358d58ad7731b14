-- Commissioned-service KPIs: a council's definitions, and the figures providers report per
-- period and reporting unit (lot, provider). A submission row holds the figures that count; every
-- figure ever given for it, the first included, is kept as a numbered revision.
-- Lot and provider are free text ('' when the KPI is not split that way), so that the unique key
-- works: MySQL and MariaDB let NULLs repeat in a unique index.

CREATE TABLE kpi (
    id               BIGINT         NOT NULL AUTO_INCREMENT,
    council_id       BIGINT         NOT NULL,
    name             VARCHAR(200)   NOT NULL,
    description      VARCHAR(2000),
    unit             VARCHAR(40)    NOT NULL,
    kind             VARCHAR(10)    NOT NULL,
    direction        VARCHAR(20)    NOT NULL,
    target           DECIMAL(14, 3) NOT NULL,
    amber_tolerance  DECIMAL(14, 3),
    frequency        VARCHAR(20)    NOT NULL,
    anchor_date      DATE           NOT NULL,
    dimension        VARCHAR(20)    NOT NULL,
    reporters        VARCHAR(4000),
    exclusions       VARCHAR(1000),
    version          BIGINT         NOT NULL,
    created_at       DATETIME(6)    NOT NULL,
    created_by       VARCHAR(100)   NOT NULL,
    updated_at       DATETIME(6)    NOT NULL,
    updated_by       VARCHAR(100)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_kpi_council FOREIGN KEY (council_id) REFERENCES council (id),
    CONSTRAINT uq_kpi_council_name UNIQUE (council_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE kpi_submission (
    id            BIGINT         NOT NULL AUTO_INCREMENT,
    kpi_id        BIGINT         NOT NULL,
    period_start  DATE           NOT NULL,
    period_end    DATE           NOT NULL,
    lot           VARCHAR(100)   NOT NULL,
    provider      VARCHAR(200)   NOT NULL,
    revision      INT            NOT NULL,
    numerator     DECIMAL(14, 3),
    denominator   DECIMAL(14, 3),
    figure_value  DECIMAL(14, 3),
    notes         VARCHAR(2000),
    submitted_at  DATETIME(6)    NOT NULL,
    submitted_by  VARCHAR(100)   NOT NULL,
    version       BIGINT         NOT NULL,
    created_at    DATETIME(6)    NOT NULL,
    created_by    VARCHAR(100)   NOT NULL,
    updated_at    DATETIME(6)    NOT NULL,
    updated_by    VARCHAR(100)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_kpi_submission_kpi FOREIGN KEY (kpi_id) REFERENCES kpi (id),
    CONSTRAINT uq_kpi_submission_unit UNIQUE (kpi_id, period_start, lot, provider)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE kpi_submission_revision (
    id             BIGINT         NOT NULL AUTO_INCREMENT,
    submission_id  BIGINT         NOT NULL,
    revision       INT            NOT NULL,
    numerator      DECIMAL(14, 3),
    denominator    DECIMAL(14, 3),
    figure_value   DECIMAL(14, 3),
    notes          VARCHAR(2000),
    submitted_at   DATETIME(6)    NOT NULL,
    submitted_by   VARCHAR(100)   NOT NULL,
    version        BIGINT         NOT NULL,
    created_at     DATETIME(6)    NOT NULL,
    created_by     VARCHAR(100)   NOT NULL,
    updated_at     DATETIME(6)    NOT NULL,
    updated_by     VARCHAR(100)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_kpi_revision_submission FOREIGN KEY (submission_id) REFERENCES kpi_submission (id),
    CONSTRAINT uq_kpi_revision_number UNIQUE (submission_id, revision)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
