package org.ascassure.reports.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFGraphicFrame;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ascassure.reports.improvement.PlanReport.ActionRow;
import org.junit.jupiter.api.Test;

class PlanReportXlsxTest {

  static final LocalDate MAR = LocalDate.of(2026, 3, 31);
  static final LocalDate JUN = LocalDate.of(2026, 6, 30);

  static final ActionRow WAITING_THEN =
      action("Waiting well", "Clear the assessment waiting list", "In progress", 40, MAR, "GREEN");
  static final ActionRow WAITING_NOW =
      action("Waiting well", "Clear the assessment waiting list", "In progress", 60, JUN, "RED");
  static final ActionRow PUBLISH_THEN =
      action("Waiting well", "Publish waiting times", "In progress", 80, MAR, "AMBER");
  static final ActionRow PUBLISH_NOW =
      action("Waiting well", "Publish waiting times", "Complete", 100, MAR, "BLUE");
  static final ActionRow STRATEGY_THEN =
      action("Carers", "Carers' strategy", "Not started", 0, MAR, "GREEN");
  static final ActionRow STRATEGY_NOW =
      action("Carers", "Carers' strategy", "Cancelled", 0, MAR, "NONE");
  static final ActionRow NEW_ONE =
      action("Carers", "Carers' assessments within 28 days", "Not started", 0, JUN, "GREEN");

  @Test
  void theSummaryOpensWithTheRagSummaryAsATable() throws IOException {
    try (XSSFWorkbook book = read(write(report(true)))) {
      assertThat(sheetNames(book))
          .containsExactly("Summary", "1 Waiting well", "2 Carers", "Actions", "Changes");
      XSSFSheet summary = book.getSheet("Summary");
      assertThat(text(summary.getRow(0), 0))
          .contains("Fernshire improvement plan")
          .contains("30/06/2026");
      assertThat(texts(summary.getRow(2)))
          .containsExactly("Reported to", "Quarterly update to DHSC");
      assertThat(text(summary.getRow(6), 0)).isEqualTo("RAG summary");
      assertThat(texts(summary.getRow(7))).containsExactlyElementsOf(PlanReportXlsx.RAG_HEADINGS);
      assertThat(texts(summary.getRow(8))).containsExactly("Red", "1", "33%");
      assertThat(texts(summary.getRow(9))).containsExactly("Amber", "0", "0%");
      assertThat(texts(summary.getRow(10))).containsExactly("Green", "1", "33%");
      assertThat(texts(summary.getRow(11))).containsExactly("Blue (complete)", "1", "33%");
      assertThat(texts(summary.getRow(12))).containsExactly("Total", "3", "");
      // the colour is a word as well as a shade
      assertThat(summary.getRow(8).getCell(0).getCellStyle().getFillForegroundColorColor())
          .isNotNull();
    }
  }

  @Test
  void theSummaryChartsTheRagSummaryTableBesideItWithADescription() throws IOException {
    PlanReport report = report(true);
    try (XSSFWorkbook book = read(write(report))) {
      XSSFSheet summary = book.getSheet("Summary");
      XSSFDrawing drawing = summary.getDrawingPatriarch();
      assertThat(drawing).as("the summary sheet has a drawing").isNotNull();
      assertThat(drawing.getCharts()).hasSize(1);
      XSSFChart chart = drawing.getCharts().get(0);
      assertThat(chart.getTitleText().getString()).isEqualTo("RAG summary");

      assertThat(chart.getChartSeries()).hasSize(1);
      XDDFChartData.Series series = chart.getChartSeries().get(0).getSeries(0);
      assertThat(series.getCategoryData().getDataRangeReference()).isEqualTo("Summary!$A$9:$A$12");
      assertThat(series.getValuesData().getDataRangeReference()).isEqualTo("Summary!$B$9:$B$12");
      List<String> labels = new ArrayList<>();
      for (CellReference cell :
          new AreaReference(
                  series.getCategoryData().getDataRangeReference(), book.getSpreadsheetVersion())
              .getAllReferencedCells()) {
        assertThat(cell.getSheetName()).isEqualTo("Summary");
        labels.add(text(summary.getRow(cell.getRow()), cell.getCol()));
      }
      List<Integer> counts = new ArrayList<>();
      for (CellReference cell :
          new AreaReference(
                  series.getValuesData().getDataRangeReference(), book.getSpreadsheetVersion())
              .getAllReferencedCells()) {
        counts.add(
            (int) summary.getRow(cell.getRow()).getCell(cell.getCol()).getNumericCellValue());
      }
      assertThat(labels)
          .containsExactlyElementsOf(
              report.ragSummary().stream().map(PlanReport.RagCount::label).toList());
      assertThat(counts)
          .containsExactlyElementsOf(
              report.ragSummary().stream().map(PlanReport.RagCount::actions).toList());

      List<XSSFGraphicFrame> frames = new ArrayList<>();
      for (XSSFShape shape : drawing.getShapes()) {
        if (shape instanceof XSSFGraphicFrame frame) {
          frames.add(frame);
        }
      }
      assertThat(frames).hasSize(1);
      XSSFGraphicFrame frame = frames.get(0);
      assertThat(frame.getCTGraphicalObjectFrame().getNvGraphicFramePr().getCNvPr().getDescr())
          .isEqualTo(
              "Bar chart of actions by RAG status: 1 red, 0 amber, 1 green, 1 blue (complete).");
      // beside the tables, not over any cell that has a value
      assertThat((int) frame.getAnchor().getCol1())
          .isGreaterThan(PlanReportXlsx.SUMMARY_HEADINGS.size() - 1);
      // fastexcel's styles survive POI rewriting the workbook
      assertThat(summary.getRow(8).getCell(0).getCellStyle().getFillForegroundColorColor())
          .isNotNull();
      assertThat(book.getProperties().getCoreProperties().getTitle())
          .contains("progress at 30/06/2026");
    }
  }

  @Test
  void theSummaryCountsEachColourPerWorkstreamAndTotalsTheCostRange() throws IOException {
    try (XSSFWorkbook book = read(write(report(true)))) {
      XSSFSheet summary = book.getSheet("Summary");
      assertThat(text(summary.getRow(14), 0)).isEqualTo("RAG status and cost by workstream");
      assertThat(texts(summary.getRow(15)))
          .containsExactlyElementsOf(PlanReportXlsx.SUMMARY_HEADINGS);
      assertThat(texts(summary.getRow(16)))
          .containsExactly(
              "Waiting well", "Ann Director", "1", "0", "0", "1", "2", "£100,000", "£250,000");
      assertThat(texts(summary.getRow(17)))
          .containsExactly("Carers", "", "0", "0", "1", "0", "1", "£50,000");
      assertThat(texts(summary.getRow(18)))
          .containsExactly("Total", "", "1", "0", "1", "1", "3", "£150,000", "£300,000");
      assertThat(summary.getRow(18).getCell(7).getNumericCellValue()).isEqualTo(150_000d);
    }
  }

  @Test
  void theSummaryListsTheStatutoryDeadlinesAheadAndTheOverdueActions() throws IOException {
    try (XSSFWorkbook book = read(write(report(true)))) {
      XSSFSheet summary = book.getSheet("Summary");
      assertThat(text(summary.getRow(20), 0)).isEqualTo("Statutory deadlines ahead");
      assertThat(texts(summary.getRow(21)))
          .containsExactlyElementsOf(PlanReportXlsx.DEADLINE_HEADINGS);
      assertThat(texts(summary.getRow(22)))
          .containsExactly("Stage 3 quarterly update to DHSC (2)", "30/09/2026", "92");
      assertThat(DateUtil.isCellDateFormatted(summary.getRow(22).getCell(1))).isTrue();
      assertThat(summary.getRow(22).getCell(1).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2026, 9, 30));
      assertThat(text(summary.getRow(23), 0))
          .isEqualTo("Statements notified to the Secretary of State: QS3");
      assertThat(text(summary.getRow(25), 0)).isEqualTo("Overdue actions");
      assertThat(texts(summary.getRow(26)))
          .containsExactlyElementsOf(PlanReportXlsx.OVERDUE_HEADINGS);
      assertThat(texts(summary.getRow(27)).subList(0, 2))
          .containsExactly("Publish waiting times", "Waiting well");
      assertThat(texts(summary.getRow(27)).get(6)).isEqualTo("Amber");
    }
  }

  @Test
  void eachWorkstreamHasItsOwnSheetWithItsLeadCostAndActions() throws IOException {
    try (XSSFWorkbook book = read(write(report(true)))) {
      XSSFSheet waiting = book.getSheet("1 Waiting well");
      assertThat(text(waiting.getRow(0), 0)).isEqualTo("Workstream 1: Waiting well");
      assertThat(texts(waiting.getRow(1))).containsExactly("Lead", "Ann Director");
      assertThat(texts(waiting.getRow(2)))
          .containsExactly("Estimated cost", "£100,000 to £250,000");
      assertThat(texts(waiting.getRow(3)))
          .containsExactly("Actions by RAG", "1 red, 0 amber, 0 green, 1 blue (complete)");
      assertThat(texts(waiting.getRow(5)))
          .containsExactlyElementsOf(PlanReportXlsx.WORKSTREAM_HEADINGS);
      assertThat(texts(waiting.getRow(6)))
          .containsExactly(
              "Clear the assessment waiting list",
              "jo.lead",
              "In progress",
              "60%",
              "30/06/2026",
              "Red",
              "because");
      assertThat(text(waiting.getRow(7), 0)).isEqualTo("Publish waiting times");
      assertThat(waiting.getLastRowNum()).isEqualTo(7);
      assertThat(waiting.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 6);
      assertThat(waiting.getRepeatingRows().formatAsString()).isEqualTo("6:6");

      XSSFSheet carers = book.getSheet("2 Carers");
      assertThat(texts(carers.getRow(1))).containsExactly("Lead", "No lead named");
      assertThat(texts(carers.getRow(3)))
          .containsExactly(
              "Actions by RAG",
              "0 red, 0 amber, 1 green, 0 blue (complete), 1 not rated (cancelled)");
      assertThat(text(carers.getRow(6), 0)).isEqualTo("Carers' strategy");
      assertThat(text(carers.getRow(6), 5)).isEqualTo("Not rated");
    }
  }

  @Test
  void sheetNamesAreWhatExcelAccepts() {
    assertThat(PlanReportXlsx.sheetName(3, "Safeguarding: adults [and] carers?"))
        .isEqualTo("3 Safeguarding adults and…");
    assertThat(PlanReportXlsx.sheetName(2, "Fair access for every community"))
        .isEqualTo("2 Fair access for every…");
    assertThat(PlanReportXlsx.sheetName(12, "Averyveryverylongwordwithoutanyspaces"))
        .isEqualTo("12 Averyveryverylongwordwithou…")
        .hasSize(31);
    assertThat(PlanReportXlsx.sheetName(4, "Performance and assurance"))
        .isEqualTo("4 Performance and assurance");
    assertThat(PlanReportXlsx.sheetName(1, "People's voice '")).isEqualTo("1 People's voice");
  }

  @Test
  void theWorkbookIsNamedAsThePdfIs() {
    assertThat(PlanReportXlsx.fileName(report(true)))
        .isEqualTo("fernshire-improvement-report-2026-06-30.xlsx");
    assertThat(PlanReportPdf.fileName(report(true)))
        .isEqualTo("fernshire-improvement-report-2026-06-30.pdf");
  }

  @Test
  void theActionsSheetHasTypedPercentsDatesAndTheRagInWords() throws IOException {
    try (XSSFWorkbook book = read(write(report(true)))) {
      XSSFSheet actions = book.getSheet("Actions");
      assertThat(texts(actions.getRow(0)))
          .containsExactlyElementsOf(PlanReportXlsx.ACTION_HEADINGS);
      Row first = actions.getRow(1);
      assertThat(texts(first).subList(0, 7))
          .containsExactly(
              "Waiting well",
              "Clear the assessment waiting list",
              "jo.lead",
              "In progress",
              "60%",
              "30/06/2026",
              "Red");
      assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(0.6);
      assertThat(DateUtil.isCellDateFormatted(first.getCell(5))).isTrue();
      assertThat(text(actions.getRow(3), 6)).isEqualTo("Not rated");
      assertThat(actions.getLastRowNum()).isEqualTo(4);
      assertThat(actions.getRepeatingRows().formatAsString()).isEqualTo("1:1");
      assertThat(actions.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
    }
  }

  @Test
  void theChangesSheetListsNewCompletedSlippedAndRagChangesSinceThePreviousSnapshot()
      throws IOException {
    try (XSSFWorkbook book = read(write(report(true)))) {
      XSSFSheet changes = book.getSheet("Changes");
      assertThat(text(changes.getRow(0), 0))
          .isEqualTo("Changes since the snapshot of 31/03/2026 (Monthly delivery board)");
      assertThat(texts(changes.getRow(1)))
          .containsExactlyElementsOf(PlanReportXlsx.CHANGE_HEADINGS);
      List<String> kinds = new ArrayList<>();
      for (int r = 2; r <= changes.getLastRowNum(); r++) {
        kinds.add(text(changes.getRow(r), 0) + " | " + text(changes.getRow(r), 2));
      }
      assertThat(kinds)
          .containsExactly(
              "New | Carers' assessments within 28 days",
              "Completed | Publish waiting times",
              "Slipped: due later, RAG worse | Clear the assessment waiting list",
              "RAG changed | Carers' strategy");
      assertThat(texts(changes.getRow(4)).subList(3, 7))
          .containsExactly("Green", "Red", "31/03/2026", "30/06/2026");
    }
  }

  @Test
  void aFirstSnapshotSaysThereIsNothingToCompare() throws IOException {
    try (XSSFWorkbook book = read(write(report(false)))) {
      assertThat(text(book.getSheet("Changes").getRow(0), 0)).contains("first snapshot");
      assertThat(book.getProperties().getCoreProperties().getTitle())
          .contains("progress at 30/06/2026");
    }
  }

  static PlanReport report(boolean withPrevious) {
    return new PlanReport(
        1,
        2,
        "Fernshire County Council",
        "Fernshire improvement plan",
        "Quarterly update to DHSC",
        JUN,
        "0".repeat(64),
        List.of(
            new PlanReport.RagCount("RED", "Red", 1),
            new PlanReport.RagCount("AMBER", "Amber", 0),
            new PlanReport.RagCount("GREEN", "Green", 1),
            new PlanReport.RagCount("BLUE", "Blue (complete)", 1)),
        List.of(
            new PlanReport.WorkstreamSection(
                "Waiting well",
                "Ann Director",
                100_000L,
                250_000L,
                List.of(WAITING_NOW, PUBLISH_NOW)),
            new PlanReport.WorkstreamSection(
                "Carers", null, 50_000L, null, List.of(STRATEGY_NOW, NEW_ONE))),
        List.of(PUBLISH_THEN),
        withPrevious
            ? new PlanReport.Changes(
                MAR,
                "Monthly delivery board",
                List.of(NEW_ONE),
                List.of(new PlanReport.Change(PUBLISH_THEN, PUBLISH_NOW)),
                List.of(new PlanReport.Change(WAITING_THEN, WAITING_NOW)),
                List.of(
                    new PlanReport.Change(WAITING_THEN, WAITING_NOW),
                    new PlanReport.Change(PUBLISH_THEN, PUBLISH_NOW),
                    new PlanReport.Change(STRATEGY_THEN, STRATEGY_NOW)))
            : null,
        List.of(
            new PlanReport.Deadline(
                "Stage 3 quarterly update to DHSC (2)", LocalDate.of(2026, 9, 30))),
        List.of("QS3"));
  }

  static ActionRow action(
      String workstream, String title, String status, int percent, LocalDate due, String rag) {
    return new ActionRow(workstream, title, "jo.lead", status, percent, due, rag, "because");
  }

  static byte[] write(PlanReport report) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanReportXlsx.write(report, out);
    return out.toByteArray();
  }

  static List<String> sheetNames(XSSFWorkbook book) {
    List<String> names = new ArrayList<>();
    book.forEach(sheet -> names.add(sheet.getSheetName()));
    return names;
  }

  static XSSFWorkbook read(byte[] bytes) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  static String text(Row row, int column) {
    return row.getCell(column) == null
        ? ""
        : new DataFormatter().formatCellValue(row.getCell(column));
  }

  static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    for (int c = 0; c < row.getLastCellNum(); c++) {
      texts.add(text(row, c));
    }
    return texts;
  }
}
