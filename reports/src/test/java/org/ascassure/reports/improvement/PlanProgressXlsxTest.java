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
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ascassure.assessment.entity.FollowUpDeadline;
import org.ascassure.improvement.entity.ActionState;
import org.ascassure.improvement.entity.ActionStatus;
import org.ascassure.improvement.entity.PlanChanges;
import org.ascassure.improvement.entity.Rag;
import org.junit.jupiter.api.Test;

class PlanProgressXlsxTest {

  static final LocalDate MAR = LocalDate.of(2026, 3, 31);
  static final LocalDate JUN = LocalDate.of(2026, 6, 30);

  static final List<ActionState> EARLIER =
      List.of(
          action(
              1,
              10,
              "Clear the assessment waiting list",
              ActionStatus.IN_PROGRESS,
              40,
              MAR,
              Rag.GREEN),
          action(2, 10, "Publish waiting times", ActionStatus.IN_PROGRESS, 80, MAR, Rag.AMBER),
          action(3, 20, "Carers' strategy", ActionStatus.NOT_STARTED, 0, MAR, Rag.GREEN));

  static final List<ActionState> LATER =
      List.of(
          action(
              1,
              10,
              "Clear the assessment waiting list",
              ActionStatus.IN_PROGRESS,
              60,
              JUN,
              Rag.RED),
          action(2, 10, "Publish waiting times", ActionStatus.COMPLETE, 100, MAR, Rag.BLUE),
          action(3, 20, "Carers' strategy", ActionStatus.CANCELLED, 0, MAR, Rag.NONE),
          action(
              4,
              20,
              "Carers' assessments within 28 days",
              ActionStatus.NOT_STARTED,
              0,
              JUN,
              Rag.GREEN));

  @Test
  void theSummaryCountsEachColourPerWorkstreamAndTotalsTheCostRange() throws IOException {
    try (XSSFWorkbook book = read(write(report(true)))) {
      XSSFSheet summary = book.getSheet("Summary");
      assertThat(text(summary.getRow(0), 0))
          .contains("Fernshire improvement plan")
          .contains("30/06/2026");
      assertThat(texts(summary.getRow(6)))
          .containsExactlyElementsOf(PlanProgressXlsx.SUMMARY_HEADINGS);
      assertThat(texts(summary.getRow(7)))
          .containsExactly(
              "Waiting well", "Ann Director", "1", "0", "0", "1", "2", "£100,000", "£250,000");
      assertThat(texts(summary.getRow(8)))
          .containsExactly("Carers", "", "0", "0", "1", "0", "1", "£50,000");
      assertThat(texts(summary.getRow(9)))
          .containsExactly("Total", "", "1", "0", "1", "1", "3", "£150,000", "£300,000");
      assertThat(summary.getRow(9).getCell(7).getNumericCellValue()).isEqualTo(150_000d);
      assertThat(text(summary.getRow(12), 0)).isEqualTo("Stage 3 quarterly update to DHSC (2)");
      assertThat(DateUtil.isCellDateFormatted(summary.getRow(12).getCell(1))).isTrue();
      assertThat(summary.getRow(12).getCell(1).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2026, 9, 30));
      assertThat(summary.getPaneInformation().isFreezePane()).isTrue();
    }
  }

  @Test
  void theActionsSheetHasTypedPercentsDatesAndTheRagInWords() throws IOException {
    try (XSSFWorkbook book = read(write(report(true)))) {
      XSSFSheet actions = book.getSheet("Actions");
      assertThat(texts(actions.getRow(0)))
          .containsExactlyElementsOf(PlanProgressXlsx.ACTION_HEADINGS);
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
      assertThat(text(changes.getRow(0), 0)).isEqualTo("Changes since the snapshot of 31/03/2026");
      assertThat(texts(changes.getRow(1)))
          .containsExactlyElementsOf(PlanProgressXlsx.CHANGE_HEADINGS);
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

  @Test
  void workstreamsAreReadFromTheFrozenJson() {
    String json =
        "{\"workstreams\":[{\"id\":10,\"title\":\"Waiting well\",\"lead\":\"Ann\",\"costLow\":100000,"
            + "\"costHigh\":null},{\"id\":20,\"title\":\"Carers\",\"lead\":null,\"costLow\":null,"
            + "\"costHigh\":null}],\"actions\":[]}";

    assertThat(PlanProgress.workstreams(json))
        .containsExactly(
            new PlanProgress.WorkstreamLine(10, "Waiting well", "Ann", 100_000L, null),
            new PlanProgress.WorkstreamLine(20, "Carers", null, null, null));
  }

  static PlanProgress report(boolean withPrevious) {
    return new PlanProgress(
        "Fernshire County Council",
        "Fernshire improvement plan",
        JUN,
        "Quarterly update to DHSC",
        "0".repeat(64),
        List.of(
            new PlanProgress.WorkstreamLine(10, "Waiting well", "Ann Director", 100_000L, 250_000L),
            new PlanProgress.WorkstreamLine(20, "Carers", null, 50_000L, null)),
        LATER,
        withPrevious ? MAR : null,
        withPrevious ? PlanChanges.between(EARLIER, LATER) : null,
        List.of(
            new FollowUpDeadline(
                "STAGE3", "Stage 3 quarterly update to DHSC", 2, 8, LocalDate.of(2026, 9, 30))));
  }

  static ActionState action(
      long id,
      long workstreamId,
      String title,
      ActionStatus status,
      int percent,
      LocalDate due,
      Rag rag) {
    return new ActionState(
        id,
        workstreamId,
        workstreamId == 10 ? "Waiting well" : "Carers",
        title,
        "jo.lead",
        status,
        percent,
        due,
        rag,
        "because");
  }

  static byte[] write(PlanProgress report) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanProgressXlsx.write(report, out);
    return out.toByteArray();
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
