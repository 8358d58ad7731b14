/**
 * Users and their council memberships, managed by administrators: who can sign in, and which role
 * they hold at which council (a lead possibly limited to some themes or statements).
 */
package org.ascassure.admin.user;
