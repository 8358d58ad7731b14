/** The audit trail over HTTP: search and tamper check, read-only. */
package org.ascassure.web.audit;
