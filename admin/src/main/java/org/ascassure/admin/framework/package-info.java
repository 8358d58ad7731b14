/** The framework browser: frameworks, their themes and quality statements, scale and bands. */
package org.ascassure.admin.framework;
