-- Foundation: users, frameworks, councils and assessment outcomes.
-- Portable across MySQL 8.0+ and MariaDB 10.11+. Timestamps are UTC, DATETIME(6).

CREATE TABLE app_user (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    username      VARCHAR(100) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    updated_by    VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_app_user_username UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE framework (
    id                 BIGINT        NOT NULL,
    code               VARCHAR(40)   NOT NULL,
    name               VARCHAR(200)  NOT NULL,
    version_label      VARCHAR(40)   NOT NULL,
    description        VARCHAR(2000),
    scoring_method     VARCHAR(30)   NOT NULL,
    notify_at_or_below INT,
    PRIMARY KEY (id),
    CONSTRAINT uk_framework_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE framework_theme (
    id           BIGINT       NOT NULL,
    framework_id BIGINT       NOT NULL,
    code         VARCHAR(40)  NOT NULL,
    title        VARCHAR(200) NOT NULL,
    position     INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_framework_theme_code UNIQUE (framework_id, code),
    CONSTRAINT fk_framework_theme_framework FOREIGN KEY (framework_id) REFERENCES framework (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE quality_statement (
    id           BIGINT        NOT NULL,
    framework_id BIGINT        NOT NULL,
    theme_id     BIGINT        NOT NULL,
    code         VARCHAR(10)   NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    description  VARCHAR(2000),
    scored       BOOLEAN       NOT NULL,
    position     INT           NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_quality_statement_code UNIQUE (framework_id, code),
    CONSTRAINT fk_quality_statement_framework FOREIGN KEY (framework_id) REFERENCES framework (id),
    CONSTRAINT fk_quality_statement_theme FOREIGN KEY (theme_id) REFERENCES framework_theme (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE quality_statement_alias (
    statement_id BIGINT       NOT NULL,
    alias        VARCHAR(200) NOT NULL,
    PRIMARY KEY (statement_id, alias),
    CONSTRAINT fk_quality_statement_alias_statement FOREIGN KEY (statement_id) REFERENCES quality_statement (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE evidence_category (
    id           BIGINT       NOT NULL,
    framework_id BIGINT       NOT NULL,
    code         VARCHAR(40)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    position     INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_evidence_category_code UNIQUE (framework_id, code),
    CONSTRAINT fk_evidence_category_framework FOREIGN KEY (framework_id) REFERENCES framework (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE scale_level (
    id           BIGINT       NOT NULL,
    framework_id BIGINT       NOT NULL,
    score        INT          NOT NULL,
    code         VARCHAR(40)  NOT NULL,
    label        VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_scale_level_score UNIQUE (framework_id, score),
    CONSTRAINT fk_scale_level_framework FOREIGN KEY (framework_id) REFERENCES framework (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE rating_band (
    id           BIGINT       NOT NULL,
    framework_id BIGINT       NOT NULL,
    code         VARCHAR(40)  NOT NULL,
    label        VARCHAR(200) NOT NULL,
    min_percent  INT          NOT NULL,
    max_percent  INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_rating_band_code UNIQUE (framework_id, code),
    CONSTRAINT fk_rating_band_framework FOREIGN KEY (framework_id) REFERENCES framework (id),
    CONSTRAINT ck_rating_band_range CHECK (min_percent <= max_percent)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE council (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    name         VARCHAR(200) NOT NULL,
    ons_code     VARCHAR(9)   NOT NULL,
    council_type VARCHAR(40)  NOT NULL,
    region       VARCHAR(40)  NOT NULL,
    version      BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    updated_by   VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_council_ons_code UNIQUE (ons_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE assessment (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    council_id      BIGINT       NOT NULL,
    framework_id    BIGINT       NOT NULL,
    published_on    DATE,
    overall_percent INT,
    overall_grade   INT,
    rating_code     VARCHAR(40),
    rating_label    VARCHAR(200),
    version         BIGINT       NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_assessment_council FOREIGN KEY (council_id) REFERENCES council (id),
    CONSTRAINT fk_assessment_framework FOREIGN KEY (framework_id) REFERENCES framework (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_assessment_council ON assessment (council_id, published_on);

CREATE TABLE statement_score (
    id            BIGINT NOT NULL AUTO_INCREMENT,
    assessment_id BIGINT NOT NULL,
    statement_id  BIGINT NOT NULL,
    score         INT    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_statement_score UNIQUE (assessment_id, statement_id),
    CONSTRAINT fk_statement_score_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id) ON DELETE CASCADE,
    CONSTRAINT fk_statement_score_statement FOREIGN KEY (statement_id) REFERENCES quality_statement (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
