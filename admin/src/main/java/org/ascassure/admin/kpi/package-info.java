/**
 * The KPI pages: every readable council's KPIs with their latest RAG; a KPI's trend (chart and
 * table), league table, missing reporters, submission form and evidence snapshot; a submission's
 * revisions and correction; defining and changing a KPI.
 */
package org.ascassure.admin.kpi;
