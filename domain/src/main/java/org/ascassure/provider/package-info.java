/**
 * Provider market quality: the regulated care locations in a council's area (care homes, home care,
 * supported living, extra care) with their dated CQC ratings, and what the council does about them.
 *
 * <p>Main terms: a <em>provider</em> is one CQC-registered location, known by its CQC location id
 * (unique per council). The <em>rating in force</em> on a date is the latest rating published on or
 * before it. The <em>quality share</em> is the part of active, rated providers whose rating in
 * force is Good or Outstanding, set against the council's target (80% unless changed); providers
 * not yet rated are left out of the denominator and counted separately. A <em>support episode</em>
 * is a spell of help from an improvement team, its ratings before and after read from the history.
 * An <em>inspection issue</em> is one finding from an inspection report, filed under one of the
 * council's <em>finding themes</em>, each with the training offered for it.
 *
 * <p>Invariants: re-importing the same CQC file changes nothing; a provider's ratings have at most
 * one per date; another council's providers do not exist for a caller. Leads and directors write,
 * auditors read, administrators do everything.
 */
package org.ascassure.provider;
