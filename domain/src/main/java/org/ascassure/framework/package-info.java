/**
 * The assessment frameworks a council is measured against, held as data: CQC's 2023 local authority
 * framework ({@code cqc-la-2023}: four themes, nine quality statements QS1-QS9) and the 2009/10
 * Annual Performance Assessment ({@code cqc-apa-2009}: seven outcomes O1-O7 and two written
 * domains). A framework names its themes, statements (with aliases for the titles CQC varies),
 * evidence categories, score scale, rating bands and scoring method.
 *
 * <p>Invariants: frameworks are seeded by migrations and never changed in place - a new version is
 * a new framework code. Scoring rules read the framework's data; nothing here names a statement.
 *
 * <p>Scoring ("percent bands"): overall percent = 100 x sum of scores / (scale maximum x statements
 * scored), rounded half up; the rating is the band holding that percent. Any statement scored at or
 * below the framework's notification threshold is notifiable to the Secretary of State. "Assessor
 * judgement" frameworks record the overall grade instead of computing it.
 */
package org.ascassure.framework;
