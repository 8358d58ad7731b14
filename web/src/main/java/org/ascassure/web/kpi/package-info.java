/**
 * The KPI API: a council's KPI definitions, figures submitted per period and reporter with their
 * corrections (revisions), the trend, the league table of a period, and filing a period's figures
 * in the evidence bank.
 */
package org.ascassure.web.kpi;
