/**
 * The evidence bank's API: items per council with their stable references, search, withdrawal, and
 * an item's file uploaded as a raw body and downloaded under its original name.
 */
package org.ascassure.web.evidence;
