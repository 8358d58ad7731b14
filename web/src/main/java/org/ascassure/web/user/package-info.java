/** Users and their council memberships over HTTP (administrators), and the caller's own view. */
package org.ascassure.web.user;
