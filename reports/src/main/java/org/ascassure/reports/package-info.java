/**
 * Document rendering: turns what the domain holds into the documents councils send (tagged PDF,
 * Word, Excel). {@code web} and {@code admin} call it; it never writes to the domain.
 *
 * <p>The first documents arrive with the reports issue; until then this module only fixes the place
 * and the direction of the dependencies.
 */
package org.ascassure.reports;
