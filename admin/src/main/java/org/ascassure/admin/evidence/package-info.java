/**
 * The evidence bank's pages: a council's bank (lazy table with filters) and one item (create, edit,
 * upload, withdraw; read-only for directors and auditors), plus file downloads.
 */
package org.ascassure.admin.evidence;
