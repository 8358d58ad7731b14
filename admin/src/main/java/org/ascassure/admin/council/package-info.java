/** Councils: the list, and one council's details and outcomes. */
package org.ascassure.admin.council;
