-- Provider market quality: regulated care locations of a council's area with their CQC rating
-- history, the council's quality target, improvement support episodes, inspection-finding themes
-- with the issues recorded under them, and CSV import jobs with their counts.

CREATE TABLE provider (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    council_id       BIGINT        NOT NULL,
    cqc_location_id  VARCHAR(20)   NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    service_type     VARCHAR(30)   NOT NULL,
    sector           VARCHAR(20)   NOT NULL,
    contracted       BOOLEAN       NOT NULL,
    area             VARCHAR(100),
    registered_on    DATE,
    deregistered_on  DATE,
    version          BIGINT        NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    created_by       VARCHAR(100)  NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    updated_by       VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_provider_council FOREIGN KEY (council_id) REFERENCES council (id),
    CONSTRAINT uq_provider_location UNIQUE (council_id, cqc_location_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE provider_rating (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    provider_id  BIGINT        NOT NULL,
    rated_on     DATE          NOT NULL,
    overall      VARCHAR(30)   NOT NULL,
    safe         VARCHAR(30),
    effective    VARCHAR(30),
    caring       VARCHAR(30),
    responsive   VARCHAR(30),
    well_led     VARCHAR(30),
    version      BIGINT        NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    created_by   VARCHAR(100)  NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    updated_by   VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_provider_rating_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT uq_provider_rating_date UNIQUE (provider_id, rated_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE provider_quality_setting (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    council_id      BIGINT        NOT NULL,
    target_percent  INT           NOT NULL,
    stale_months    INT           NOT NULL,
    version         BIGINT        NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    updated_by      VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_provider_quality_setting_council FOREIGN KEY (council_id) REFERENCES council (id),
    CONSTRAINT uq_provider_quality_setting_council UNIQUE (council_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE support_episode (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    provider_id  BIGINT        NOT NULL,
    team         VARCHAR(200)  NOT NULL,
    started_on   DATE          NOT NULL,
    ended_on     DATE,
    notes        VARCHAR(2000),
    version      BIGINT        NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    created_by   VARCHAR(100)  NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    updated_by   VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_support_episode_provider FOREIGN KEY (provider_id) REFERENCES provider (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE finding_theme (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    council_id      BIGINT        NOT NULL,
    position        INT           NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    training_offer  VARCHAR(2000),
    version         BIGINT        NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    updated_by      VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_finding_theme_council FOREIGN KEY (council_id) REFERENCES council (id),
    CONSTRAINT uq_finding_theme_name UNIQUE (council_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE inspection_issue (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    provider_id  BIGINT        NOT NULL,
    theme_id     BIGINT        NOT NULL,
    found_on     DATE          NOT NULL,
    issue_text   VARCHAR(1000) NOT NULL,
    version      BIGINT        NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    created_by   VARCHAR(100)  NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    updated_by   VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_inspection_issue_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT fk_inspection_issue_theme FOREIGN KEY (theme_id) REFERENCES finding_theme (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE provider_import (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    council_id    BIGINT        NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    total_rows    INT           NOT NULL,
    done_rows     INT           NOT NULL,
    created_rows  INT           NOT NULL,
    updated_rows  INT           NOT NULL,
    same_rows     INT           NOT NULL,
    problems      MEDIUMTEXT,
    finished_at   DATETIME(6),
    version       BIGINT        NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    created_by    VARCHAR(100)  NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    updated_by    VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_provider_import_council FOREIGN KEY (council_id) REFERENCES council (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
