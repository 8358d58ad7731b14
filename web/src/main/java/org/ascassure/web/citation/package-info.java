/**
 * Citation integrity over the API: evidence back-links (the report and coverage sit with the
 * self-assessment).
 */
package org.ascassure.web.citation;
