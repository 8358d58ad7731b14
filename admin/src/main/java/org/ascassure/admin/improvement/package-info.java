/**
 * The improvement plan pages: the list of plans, a plan's board (workstreams and their actions,
 * filtered by owner, RAG and due date), an action with its RAG reason and history, the director's
 * dashboard and the snapshots with their comparison.
 */
package org.ascassure.admin.improvement;
