/**
 * Pages of provider market quality: the council's providers, one provider with its ratings, CSV
 * import with progress, the quality dashboard (chart and the same figures as tables), finding
 * themes with their tally.
 */
package org.ascassure.admin.provider;
