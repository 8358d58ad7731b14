package org.ascassure.reports.evidence;

import java.util.List;

/** The columns of every evidence export, in order; CSV and Excel share them. */
final class EvidenceColumns {

  static final List<String> HEADINGS =
      List.of(
          "Reference",
          "Title",
          "Description",
          "Categories",
          "Quality statements",
          "Owner",
          "Evidence date",
          "Added",
          "Added by",
          "Last changed",
          "Last changed by",
          "Review by",
          "Status",
          "Withdrawal reason",
          "Link",
          "File name",
          "File type",
          "File size (bytes)",
          "File SHA-256");

  /** How several codes or names share one cell: "QS1; QS4". */
  static final String LIST_SEPARATOR = "; ";

  private EvidenceColumns() {}
}
