package org.ascassure.reports.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class EvidenceCsvTest {

  @Test
  void everyFieldIsWrittenAndReadsBackThroughAStandardCsvParser() throws IOException {
    List<CSVRecord> records = parse(write(EvidenceRowsForTests.full()));

    assertThat(records.get(0).values()).containsExactlyElementsOf(EvidenceColumns.HEADINGS);
    assertThat(records.get(1).values())
        .containsExactly(
            "E15",
            "Carers' survey, 2025",
            "Line one, with a comma\nand \"quotes\" on line two",
            "People's experience; Processes",
            "QS1; QS4",
            "Head of Commissioning",
            "2025-03-31",
            "2025-04-02T09:30:15",
            "jo.lead",
            "2025-05-06T14:05:00",
            "ann.director",
            "2026-03-31",
            "Current",
            "",
            "https://fernshire.example/carers-survey",
            "carers-survey.pdf",
            "application/pdf",
            "123456",
            "ab".repeat(32));
  }

  @Test
  void startsWithAByteOrderMarkAndEndsRecordsWithCrLf() throws IOException {
    byte[] bytes = write(EvidenceRowsForTests.full());

    assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFReference,Title,").endsWith("\r\n");
    assertThat(text.split("\r\n")[0]).doesNotContain("\n");
  }

  @Test
  void cellsThatLookLikeFormulasAreDefusedAsText() throws IOException {
    CSVRecord row = parse(write(EvidenceRowsForTests.hostile())).get(1);

    assertThat(row.get(1)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");
    assertThat(row.get(2)).isEqualTo("'+cmd|' /C calc'!A0");
    assertThat(row.get(5)).isEqualTo("'@owner");
    assertThat(row.get(8)).isEqualTo("'=1+1");
    assertThat(row.get(10)).isEqualTo("'-@evil");
    assertThat(row.get(13)).isEqualTo("'-2+3");
    for (String cell : row.values()) {
      assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
    }
  }

  @Test
  void auditTimesAreStoredInUtcAndExportedOnTheUkClock() {
    assertThat(EvidenceRow.ukTime(LocalDateTime.of(2025, 7, 1, 8, 0)))
        .isEqualTo(LocalDateTime.of(2025, 7, 1, 9, 0));
    assertThat(EvidenceRow.ukTime(LocalDateTime.of(2025, 12, 1, 8, 0)))
        .isEqualTo(LocalDateTime.of(2025, 12, 1, 8, 0));
    assertThat(EvidenceRow.ukTime(null)).isNull();
  }

  @Test
  void anEmptyBankIsJustTheHeadingRow() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new EvidenceCsv(out).finish();

    assertThat(parse(out.toByteArray())).hasSize(1);
  }

  static byte[] write(EvidenceRow... rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EvidenceCsv csv = new EvidenceCsv(out);
    for (EvidenceRow row : rows) {
      csv.add(row);
    }
    csv.finish();
    return out.toByteArray();
  }

  static List<CSVRecord> parse(byte[] bytes) throws IOException {
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
  }
}
