/**
 * Auditor review in the browser: the verdict and thread on a narrative, the auditor's review queue
 * and the leads' open queries. The domain ({@code Reviews}) decides who may record, answer and
 * resolve.
 */
package org.ascassure.admin.review;
