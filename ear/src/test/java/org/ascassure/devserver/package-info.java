/**
 * Runs the assembled EAR the way a developer or a test needs it: an embedded MariaDB (unless an
 * external MySQL is configured), a Payara Server 6 domain on its own ports bound to loopback, the
 * EAR deployed, and a probe of the application itself before anyone is told it is ready.
 *
 * <p>Used by the README's run command ({@link org.ascassure.devserver.Launcher}) and by the
 * black-box tests ({@code org.ascassure.it.AscAssureServer}), so both start the product the same
 * way. Everything started here is stopped by a shutdown hook, also when start-up fails half way.
 */
package org.ascassure.devserver;
