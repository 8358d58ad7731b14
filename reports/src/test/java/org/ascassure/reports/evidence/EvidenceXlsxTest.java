package org.ascassure.reports.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class EvidenceXlsxTest {

  @Test
  void everyFieldIsInItsColumnWithDatesAsRealDates() throws IOException {
    try (XSSFWorkbook book = read(write(EvidenceRowsForTests.full()))) {
      XSSFSheet sheet = book.getSheet("Evidence");
      assertThat(texts(sheet.getRow(0))).containsExactlyElementsOf(EvidenceColumns.HEADINGS);
      Row row = sheet.getRow(1);
      List<String> shown = texts(row);
      assertThat(shown.subList(0, 6))
          .containsExactly(
              "E15",
              "Carers' survey, 2025",
              "Line one, with a comma\nand \"quotes\" on line two",
              "People's experience; Processes",
              "QS1; QS4",
              "Head of Commissioning");
      assertThat(row.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(DateUtil.isCellDateFormatted(row.getCell(6))).isTrue();
      assertThat(row.getCell(6).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2025, 3, 31));
      assertThat(row.getCell(7).getLocalDateTimeCellValue().withNano(0))
          .isEqualTo(LocalDateTime.of(2025, 4, 2, 9, 30, 15));
      assertThat(shown.get(8)).isEqualTo("jo.lead");
      assertThat(DateUtil.isCellDateFormatted(row.getCell(9))).isTrue();
      assertThat(row.getCell(9).getLocalDateTimeCellValue())
          .isEqualTo(LocalDateTime.of(2025, 5, 6, 14, 5));
      assertThat(shown.get(10)).isEqualTo("ann.director");
      assertThat(row.getCell(11).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2026, 3, 31));
      assertThat(shown.get(12)).isEqualTo("Current");
      assertThat(row.getCell(14).getHyperlink().getAddress())
          .isEqualTo("https://fernshire.example/carers-survey");
      assertThat(shown.get(15)).isEqualTo("carers-survey.pdf");
      assertThat(shown.get(16)).isEqualTo("application/pdf");
      assertThat(row.getCell(17).getNumericCellValue()).isEqualTo(123_456d);
      assertThat(shown.get(18)).isEqualTo("ab".repeat(32));
    }
  }

  @Test
  void theHeadingRowIsFrozenAndRepeatedWhenPrinted() throws IOException {
    try (XSSFWorkbook book = read(write(EvidenceRowsForTests.full()))) {
      XSSFSheet sheet = book.getSheet("Evidence");
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:1");
      assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
      assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
    }
  }

  @Test
  void hostileTextStaysTextNeverAFormulaOrALink() throws IOException {
    try (XSSFWorkbook book = read(write(EvidenceRowsForTests.hostile()))) {
      Row row = book.getSheet("Evidence").getRow(1);
      row.forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA));
      assertThat(row.getCell(1).getStringCellValue())
          .isEqualTo("=HYPERLINK(\"http://evil.example\",\"click\")");
      assertThat(row.getCell(14).getStringCellValue()).isEqualTo("javascript:alert(1)");
      assertThat(row.getCell(14).getHyperlink()).isNull();
    }
  }

  @Test
  void thousandsOfRowsAreAllWritten() throws IOException {
    EvidenceRow template = EvidenceRowsForTests.full();
    List<EvidenceRow> rows = new ArrayList<>();
    for (int i = 1; i <= 2_500; i++) {
      rows.add(withRef(template, "E" + i));
    }
    try (XSSFWorkbook book = read(write(rows.toArray(EvidenceRow[]::new)))) {
      XSSFSheet sheet = book.getSheet("Evidence");
      assertThat(sheet.getLastRowNum()).isEqualTo(2_500);
      assertThat(sheet.getRow(2_500).getCell(0).getStringCellValue()).isEqualTo("E2500");
    }
  }

  static EvidenceRow withRef(EvidenceRow r, String ref) {
    return new EvidenceRow(
        ref,
        r.title(),
        r.description(),
        r.categories(),
        r.statements(),
        r.owner(),
        r.evidenceDate(),
        r.added(),
        r.addedBy(),
        r.changed(),
        r.changedBy(),
        r.reviewBy(),
        r.status(),
        r.withdrawalReason(),
        r.link(),
        r.fileName(),
        r.fileMediaType(),
        r.fileSize(),
        r.fileSha256());
  }

  static byte[] write(EvidenceRow... rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EvidenceXlsx xlsx = new EvidenceXlsx(out, "Evidence bank");
    for (EvidenceRow row : rows) {
      xlsx.add(row);
    }
    xlsx.finish();
    return out.toByteArray();
  }

  static XSSFWorkbook read(byte[] bytes) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  static List<String> texts(Row row) {
    DataFormatter formatter = new DataFormatter();
    List<String> texts = new ArrayList<>();
    for (int c = 0; c < row.getLastCellNum(); c++) {
      texts.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
    }
    return texts;
  }
}
