/**
 * What every business component stands on: the application's data source and schema migrations, the
 * small exception hierarchy the edges translate into HTTP problems and UI messages, paging, and the
 * "who changed this, when" columns every aggregate carries.
 *
 * <p>Invariants: the schema is changed only by Flyway migrations under {@code db/migration}; JPA
 * never generates DDL. Every {@link org.ascassure.platform.boundary.DomainException} rolls the
 * transaction back.
 */
package org.ascassure.platform;
