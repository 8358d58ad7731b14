/**
 * The improvement plans API: plans of a council, their workstreams and actions, progress notes, the
 * director's summary and frozen snapshots with their comparison.
 */
package org.ascassure.web.improvement;
