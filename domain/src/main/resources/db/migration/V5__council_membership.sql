-- Which councils a user works for, and in which role there. ADMIN stays a system role
-- (app_user_role); LEAD, DIRECTOR and AUDITOR count only for the councils of a membership.
-- A lead's scope, when set, lists the theme or statement codes they may edit (blank: all).

CREATE TABLE council_membership (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    user_id    BIGINT       NOT NULL,
    council_id BIGINT       NOT NULL,
    role       VARCHAR(20)  NOT NULL,
    scope      VARCHAR(500),
    version    BIGINT       NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_membership UNIQUE (user_id, council_id, role),
    CONSTRAINT fk_membership_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_membership_council FOREIGN KEY (council_id) REFERENCES council (id),
    INDEX ix_membership_council (council_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
