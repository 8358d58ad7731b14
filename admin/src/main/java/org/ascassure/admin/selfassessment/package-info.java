/**
 * Self-assessments in the browser: a council's list, one self-assessment's outline, status,
 * predicted rating, published versions and sign-off; each lead's assignments; the part editor with
 * its stale-save merge; revision history with word diffs. Every write goes through {@code
 * SelfAssessments}, which checks the caller's role again whatever the page showed.
 */
package org.ascassure.admin.selfassessment;
