/**
 * Citation integrity: reads citations such as {@code (E15)}, {@code E15} and {@code (E15, E22)} in
 * every narrative of a self-assessment and checks them against the council's evidence bank.
 *
 * <p>It reports every cited reference with the places it is cited; citations that resolve to no
 * item, with the reference they probably meant ({@code D20} → E20); citations of evidence that can
 * no longer carry a claim (expired, withdrawn, draft or rejected by an auditor); evidence linked to
 * a statement that no narrative cites; each item's back-links; and the coverage of statements by
 * evidence categories. It reads self-assessments, evidence and reviews and changes none of them.
 */
package org.ascassure.citation;
