/**
 * The evidence bank: per council, the documents, data and feedback a self-assessment cites.
 *
 * <p>Every item gets a stable reference (E1, E2, …) from the system, in order, never reused: an
 * item that is no longer wanted is withdrawn, keeping its number, so that a citation of E15 always
 * means the same item. The evidence date (when it was true) is separate from when it was added.
 */
package org.ascassure.evidence;
