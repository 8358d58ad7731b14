/**
 * Auditor review: the verdicts auditors and reviewers record on evidence items and narratives, and
 * the threads in which leads answer their queries.
 *
 * <p>A verdict is ACCEPTED, QUERIED (with a question) or REJECTED (with a reason). A query or a
 * rejection stays open until an auditor resolves it; leads (and the auditor) reply in its thread.
 * Auditors record verdicts and replies and nothing else: what they audit stays as its authors wrote
 * it. The newest verdict on an evidence item counts: a rejected item cited by a narrative is
 * reported by the citation check.
 */
package org.ascassure.review;
