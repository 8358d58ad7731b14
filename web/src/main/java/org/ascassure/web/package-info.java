/**
 * The JSON API, served under {@code /api/v1}. One resource class per business component ({@code
 * framework}, {@code council}, {@code assessment}); {@code platform} holds what every resource
 * shares: authentication, problem responses, paging and entity tags.
 *
 * <p>Conventions: transfer records are validated here and turned into domain values before the
 * domain is called; creation answers 201 with a Location; updates need If-Match with the ETag the
 * client read (missing: 428, stale: 412); every error is {@code application/problem+json}.
 */
package org.ascassure.web;
