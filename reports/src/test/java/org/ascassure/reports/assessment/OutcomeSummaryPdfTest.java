package org.ascassure.reports.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.ascassure.reports.assessment.OutcomeSummary.StatementResult;
import org.ascassure.reports.assessment.OutcomeSummary.ThemeScores;
import org.ascassure.reports.platform.PdfChecks;
import org.junit.jupiter.api.Test;

class OutcomeSummaryPdfTest {

  @Test
  void summaryHasScoresRatingAndFindingsAndIsValidPdfUa() {
    OutcomeSummary summary =
        new OutcomeSummary(
            3,
            "Fernshire County Council",
            "CQC local authority assessment framework",
            LocalDate.of(2025, 9, 17),
            53,
            "Requires improvement",
            List.of(
                new ThemeScores(
                    "Working with people",
                    List.of(
                        new StatementResult(
                            "QS1",
                            "Assessing needs",
                            2,
                            "Some shortfalls",
                            List.of("Strength-based practice is embedded"),
                            List.of("Waiting times for assessment are too long")),
                        new StatementResult(
                            "QS2",
                            "Supporting people to live healthier lives",
                            3,
                            "Good standard",
                            List.of(),
                            List.of()))),
                new ThemeScores(
                    "Leadership",
                    List.of(
                        new StatementResult(
                            "QS9",
                            "Learning, improvement and innovation",
                            null,
                            null,
                            List.of(),
                            List.of("<b>Learning</b> is not shared"))))),
            List.of());

    byte[] pdf = OutcomeSummaryPdf.render(summary);

    assertThat(PdfChecks.pdfUaFailures(pdf)).isEmpty();
    assertThat(PdfChecks.streamText(pdf))
        .containsSubsequence(
            "Fernshire County Council: assessment outcome",
            "17 September 2025",
            "Requires improvement",
            "53% (total 5)",
            "Scores per quality statement",
            "QS1 Assessing needs",
            "2 – Some shortfalls",
            "QS9 Learning, improvement and innovation",
            "not scored",
            "Findings",
            "QS1 Assessing needs",
            "Strengths",
            "Strength-based practice is embedded",
            "Areas for improvement",
            "Waiting times for assessment are too long",
            "<b>Learning</b> is not shared");
    assertThat(OutcomeSummaryPdf.fileName(summary))
        .isEqualTo("fernshire-assessment-outcome-2025-09-17.pdf");
  }
}
