/**
 * What every page of the admin UI shares: form login against the application's user store, the
 * signed-in caller, messages from the domain's rule checks, and date handling.
 */
package org.ascassure.admin.platform;
