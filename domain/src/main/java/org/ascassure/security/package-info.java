/**
 * Who may sign in and in which role: the application's own user store (PBKDF2-SHA512 hashes), the
 * identity store that Jakarta Security asks on every login, and the first administrator.
 *
 * <p>Roles: {@code ADMIN} manages users, councils and frameworks; {@code LEAD} writes
 * self-assessments and evidence; {@code DIRECTOR} owns improvement plans; {@code AUDITOR} reads and
 * reviews but never changes what it audits. Passwords are never stored or logged in clear, except
 * the generated first administrator password, shown once in development.
 */
package org.ascassure.security;
