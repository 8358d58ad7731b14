/** Published assessment outcomes: recording one and reading its computed result. */
package org.ascassure.admin.assessment;
