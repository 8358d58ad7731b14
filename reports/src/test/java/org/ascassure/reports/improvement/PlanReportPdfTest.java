package org.ascassure.reports.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.ascassure.reports.improvement.PlanReport.ActionRow;
import org.ascassure.reports.improvement.PlanReport.Change;
import org.ascassure.reports.improvement.PlanReport.Changes;
import org.ascassure.reports.improvement.PlanReport.Deadline;
import org.ascassure.reports.improvement.PlanReport.RagCount;
import org.ascassure.reports.improvement.PlanReport.WorkstreamSection;
import org.ascassure.reports.platform.PdfChecks;
import org.junit.jupiter.api.Test;

class PlanReportPdfTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 31);

  static ActionRow action(String workstream, String title, String rag, LocalDate due) {
    return new ActionRow(
        workstream, title, "demo.lead", "In progress", 40, due, rag, "Behind the straight line");
  }

  static PlanReport report(Changes changes) {
    ActionRow late =
        action("Waiting lists", "Clear the assessment backlog", "RED", DAY.minusDays(9));
    ActionRow onTrack =
        action("Waiting lists", "Recruit two OTs <script>", "GREEN", DAY.plusDays(60));
    ActionRow carers = action("Carers", "Refresh the carers' strategy", "AMBER", DAY.plusDays(10));
    return new PlanReport(
        4,
        9,
        "Fernshire County Council",
        "Improvement plan 2025–27",
        "Quarterly update to DHSC",
        DAY,
        "ab".repeat(32),
        List.of(
            new RagCount("RED", "Red", 1),
            new RagCount("AMBER", "Amber", 1),
            new RagCount("GREEN", "Green", 1),
            new RagCount("BLUE", "Blue (complete)", 0)),
        List.of(
            new WorkstreamSection(
                "Waiting lists", "Ann Other", 250_000L, 400_000L, List.of(late, onTrack)),
            new WorkstreamSection("Carers", null, null, null, List.of(carers))),
        List.of(late),
        changes,
        List.of(
            new Deadline("Stage 2 action plan review", DAY.plusDays(20)),
            new Deadline("Stage 3 quarterly update to DHSC (1)", DAY.plusDays(90))),
        List.of("QS3"));
  }

  @Test
  void reportIsValidPdfUaWithTheChartDescribed() {
    ActionRow before = action("Carers", "Refresh the carers' strategy", "GREEN", DAY.minusDays(5));
    ActionRow after = action("Carers", "Refresh the carers' strategy", "AMBER", DAY.plusDays(10));
    byte[] pdf =
        PlanReportPdf.render(
            report(
                new Changes(
                    DAY.minusMonths(3),
                    "Quarterly update to DHSC",
                    List.of(
                        action(
                            "Waiting lists",
                            "Recruit two OTs <script>",
                            "GREEN",
                            DAY.plusDays(60))),
                    List.of(),
                    List.of(new Change(before, after)),
                    List.of(new Change(before, after)))));

    assertThat(PdfChecks.pdfUaFailures(pdf)).isEmpty();
    String text = PdfChecks.streamText(pdf);
    assertThat(text)
        .containsSubsequence(
            "Fernshire County Council: Improvement plan 2025–27 – progress report",
            "Quarterly update to DHSC",
            "RAG summary",
            "1 red, 1 amber, 1 green, 0 blue (complete)",
            "Overdue actions",
            "Clear the assessment backlog",
            "Progress by workstream",
            "Waiting lists",
            "£250,000 to £400,000",
            "Carers",
            "not estimated",
            "What changed since the previous report (Quarterly update to DHSC, 31 December 2025)",
            "New actions",
            "Recruit two OTs <script>",
            "Slipped",
            "Refresh the carers",
            "Statutory deadlines",
            "Stage 2 action plan review",
            "20",
            "QS3");
    assertThat(PdfChecks.bookmarks(pdf)).contains("  RAG summary", "    Waiting lists");
    List<String> pages = PdfChecks.pageTexts(pdf);
    assertThat(pages).allSatisfy(p -> assertThat(p).contains("as at 31/03/2026"));
  }

  @Test
  void theFirstReportSaysSoAndTheFileIsNamedByDay() {
    PlanReport first = report(null);
    byte[] pdf = PlanReportPdf.render(first);
    assertThat(PdfChecks.streamText(pdf)).contains("This is the plan's first frozen report.");
    assertThat(PlanReportPdf.fileName(first))
        .isEqualTo("fernshire-improvement-report-2026-03-31.pdf");
  }
}
