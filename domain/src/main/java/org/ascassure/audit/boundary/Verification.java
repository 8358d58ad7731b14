package org.ascassure.audit.boundary;

/**
 * Whether the audit trail is as it was written.
 *
 * @param intact true when every record's hash matches its content and its predecessor
 * @param records how many records were checked
 * @param firstBrokenSeq the first record that was changed, removed or inserted, if any
 * @param problem what is wrong there, in words
 */
public record Verification(boolean intact, long records, Long firstBrokenSeq, String problem) {}
