package org.ascassure.reports.evidence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Evidence rows with every field set, and a hostile one. */
final class EvidenceRowsForTests {

  private EvidenceRowsForTests() {}

  static EvidenceRow full() {
    return new EvidenceRow(
        "E15",
        "Carers' survey, 2025",
        "Line one, with a comma\nand \"quotes\" on line two",
        List.of("People's experience", "Processes"),
        List.of("QS1", "QS4"),
        "Head of Commissioning",
        LocalDate.of(2025, 3, 31),
        LocalDateTime.of(2025, 4, 2, 9, 30, 15, 123_000_000),
        "jo.lead",
        LocalDateTime.of(2025, 5, 6, 14, 5, 0),
        "ann.director",
        LocalDate.of(2026, 3, 31),
        "Current",
        null,
        "https://fernshire.example/carers-survey",
        "carers-survey.pdf",
        "application/pdf",
        123_456L,
        "ab".repeat(32));
  }

  static EvidenceRow hostile() {
    return new EvidenceRow(
        "E16",
        "=HYPERLINK(\"http://evil.example\",\"click\")",
        "+cmd|' /C calc'!A0",
        List.of(),
        List.of(),
        "@owner",
        null,
        null,
        "=1+1",
        null,
        "-@evil",
        null,
        "Withdrawn",
        "-2+3",
        "javascript:alert(1)",
        null,
        null,
        null,
        null);
  }
}
