/**
 * The audit trail in the UI: searching and exporting it (administrators and auditors, who see only
 * their councils' records), whether its hash chain is intact, and the history panel of one record
 * shown on that record's own page.
 */
package org.ascassure.admin.audit;
