/**
 * Improvement plans: what a council does after an assessment. A plan (of one council, usually
 * answering one assessment) has workstreams, each led by an assistant director with a cost range,
 * and actions with an owner, dates, a status and a percentage done.
 *
 * <p>Main terms: <em>RAG</em> is computed from an action's status, dates and progress on a given
 * day ({@link org.ascassure.improvement.entity.RagRules}) and always comes with its reason; a
 * manual override needs a reason and is shown beside the computed value. A <em>snapshot</em> is the
 * plan frozen for an audience (monthly board, quarterly DHSC, scrutiny committee) on a date.
 *
 * <p>Invariants: snapshots never change once taken; an action's owner is a username; a LEAD may
 * change the status and progress only of actions they own; directors and administrators write
 * everything else; cancelled actions carry no RAG and count nowhere.
 */
package org.ascassure.improvement;
