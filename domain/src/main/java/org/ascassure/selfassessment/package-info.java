/**
 * Self-assessments: a council's own account of how it meets a framework, written by its leads and
 * theme leads, endorsed by its director, cited to its evidence bank.
 *
 * <p>The structure follows the framework, not a fixed template: Section A overview parts, Section B
 * per theme (ambition, strengths, priorities, plans) and per quality statement ("what is our
 * performance and how do we know?" plus a proposed self-score with rationale), Section C how it was
 * produced and signed off. Narratives are sanitised HTML; every save is a numbered revision, so any
 * two can be compared. A stale save is refused, never silently merged. Publishing freezes the whole
 * document as an immutable numbered version (v1, v2, …) while the working draft continues.
 *
 * <p>Status: DRAFT → IN_REVIEW (a lead submits for review) → ENDORSED (a director) → SUBMITTED (a
 * director), and a submitted self-assessment is SUPERSEDED when a newer one of the same council and
 * framework is submitted. A director can return one in review or endorsed to DRAFT. Narratives and
 * scores change only while DRAFT or IN_REVIEW.
 *
 * <p>Citations such as {@code (E15)} or {@code (E15, E22)} are read from the narratives' text and
 * checked against the council's evidence bank.
 */
package org.ascassure.selfassessment;
