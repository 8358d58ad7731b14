/**
 * The self-assessment API: documents, their narratives (sanitised HTML, every save a revision,
 * If-Match on every change), self-scores, status, sign-off, published versions and the predicted
 * rating.
 */
package org.ascassure.web.selfassessment;
