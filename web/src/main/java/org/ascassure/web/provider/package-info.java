/**
 * The API of provider market quality: providers and their CQC ratings, CSV imports, the quality
 * figures on any date with the council's target, finding themes and inspection issues, improvement
 * support episodes.
 */
package org.ascassure.web.provider;
