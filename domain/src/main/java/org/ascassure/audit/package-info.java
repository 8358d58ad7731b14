/**
 * The audit trail: every write to a tracked record appends who, when, which council, what and how
 * it changed, in the write's own transaction. Records are chained by hashes, so tampering shows.
 */
package org.ascassure.audit;
