package org.ascassure.kpi.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class KpiSubmissionTest {

  private static final LocalDateTime AT = LocalDateTime.of(2025, 6, 3, 9, 0);

  private static Kpi starts() {
    return new Kpi(
        1L,
        new KpiDefinition(
            "Starts within 72 hours",
            null,
            null,
            KpiKind.RATIO,
            Direction.HIGHER_IS_BETTER,
            new BigDecimal("80"),
            new BigDecimal("5"),
            Frequency.MONTHLY,
            null,
            Dimension.PROVIDER,
            List.of(new Reporter("Lot 1", "Heathway Care")),
            null));
  }

  @Test
  void theLatestRevisionCountsAndEachRevisionKeepsItsOwnFigures() {
    Kpi kpi = starts();
    KpiSubmission submission =
        new KpiSubmission(
            kpi,
            kpi.periodContaining(LocalDate.of(2025, 5, 1)),
            new Reporter("Lot 1", "Heathway Care"));
    KpiRevision first =
        submission.correct(
            Figure.ratio(new BigDecimal("30"), new BigDecimal("50")), "", AT, "lead");
    KpiRevision second =
        submission.correct(
            Figure.ratio(new BigDecimal("41"), new BigDecimal("50")),
            " recounted ",
            AT.plusDays(1),
            "director");

    assertThat(List.of(first.getRevision(), second.getRevision())).containsExactly(1, 2);
    assertThat(first.getFigure().numerator()).isEqualByComparingTo("30");
    assertThat(submission.getRevision()).isEqualTo(2);
    assertThat(submission.getFigure().numerator()).isEqualByComparingTo("41");
    assertThat(submission.getNotes()).isEqualTo("recounted");
    assertThat(submission.getSubmittedBy()).isEqualTo("director");
    assertThat(submission.rating().rag()).isEqualTo(KpiRag.GREEN);
    assertThat(first.getNotes()).isNull();
  }

  @Test
  void ratiosAreAlwaysPercentagesAndTheLastCompletePeriodIsTheOneBeforeToday() {
    Kpi kpi = starts();
    assertThat(kpi.getUnit()).isEqualTo("%");
    assertThat(kpi.targetText()).isEqualTo("80%");
    assertThat(kpi.lastCompletePeriod(LocalDate.of(2025, 3, 1)))
        .isEqualTo(new Period(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28)));
  }
}
