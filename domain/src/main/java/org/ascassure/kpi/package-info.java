/**
 * Commissioned-service KPIs: the measures a council holds its contracted providers to (home care
 * lots, say), with a minimum target, and the figures reported against them per period.
 *
 * <p>Main terms: a <em>KPI</em> is a ratio (numerator over denominator, shown as a percentage) or a
 * plain value, with a direction (higher or lower is better), a target and an optional amber
 * tolerance, a reporting {@link org.ascassure.kpi.entity.Frequency} and a {@link
 * org.ascassure.kpi.entity.Dimension} saying whether figures come for all providers combined, per
 * lot or per lot and provider. A <em>reporter</em> is one lot/provider pair; lots and providers are
 * free text here, not links to the provider register. A <em>submission</em> is one reporter's
 * figures for one period; its <em>revisions</em> keep every figure ever given for it.
 *
 * <p>Invariants: a period is exactly one period of the KPI's frequency (calendar months, financial
 * quarters from April, 7 or 28 days from the KPI's anchor date); there is at most one submission
 * per KPI, period and reporter - a correction adds a revision and the latest revision counts;
 * revisions are never changed; a ratio's denominator is above zero and its numerator not above it.
 * RAG is computed whenever it is shown ({@link org.ascassure.kpi.entity.RagRule}) and always comes
 * with its explanation.
 */
package org.ascassure.kpi;
