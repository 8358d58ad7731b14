/**
 * What every rendered document shares: {@link org.ascassure.reports.platform.TaggedPdf} turns an
 * XHTML page built with jsoup into tagged PDF/UA-1 (title, language en-GB, bookmarks from the
 * headings, table headers, embedded DejaVu Sans, alt text, a running footer), and {@link
 * org.ascassure.reports.platform.FileNames} names the downloads.
 */
package org.ascassure.reports.platform;
