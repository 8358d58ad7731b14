/**
 * Assessments of a council against a framework, and their published outcomes: a score per quality
 * statement (all or some), the overall percentage and rating the framework's rules give, and the
 * statements that are notifiable to the Secretary of State.
 *
 * <p>Invariants: every score is on the framework's scale and belongs to a scored statement of that
 * framework; the overall result is always recomputed from the scores, never typed in, except where
 * the framework's method is assessor judgement (then the recorded overall grade is kept).
 */
package org.ascassure.assessment;
