/**
 * Auditor review over the API: verdicts on evidence and narratives, threads, queue, open queries.
 */
package org.ascassure.web.review;
