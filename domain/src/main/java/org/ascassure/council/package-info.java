/**
 * The councils (local authorities with adult social care duties) whose work the product holds.
 *
 * <p>Invariants: a council's ONS code (E + 8 digits, e.g. E10000018) is unique; edits carry the
 * version the editor saw, and a stale version is refused rather than overwritten.
 */
package org.ascassure.council;
