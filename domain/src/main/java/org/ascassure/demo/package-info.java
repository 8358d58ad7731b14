/**
 * A fictional council, Fernshire County Council, and one user per role, loaded at start-up when
 * {@code ascassure.demo=true} in the development profile, so that every feature has something to
 * show on first run. Refused in production. All names and texts are invented.
 */
package org.ascassure.demo;
