/**
 * Document rendering: turns what the domain holds into the documents councils send (tagged PDF,
 * Word, Excel). {@code web} and {@code admin} call it; it never writes to the domain.
 *
 * <p>The module is an EJB module of the EAR. Each document has a read model (an immutable record
 * assembled from the domain's boundaries, which check who may read it), a {@code @Stateless}
 * service that assembles it, and renderers that are plain classes working on the record alone, so
 * they are unit-tested without a container. {@code platform} holds what every PDF shares.
 */
package org.ascassure.reports;
