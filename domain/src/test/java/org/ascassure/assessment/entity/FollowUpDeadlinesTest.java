package org.ascassure.assessment.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpDeadlinesTest {

  private static final List<String> POOR = List.of("REQUIRES_IMPROVEMENT", "INADEQUATE");

  /** The defaults V8 seeds. */
  private static final List<FollowUp.Rule> DEFAULTS =
      List.of(
          new FollowUp.Rule(
              "STAGE_1_RESPONSE", "Stage 1", POOR, DeadlineSchedule.once(10, DeadlineUnit.DAYS)),
          new FollowUp.Rule(
              "STAGE_2_REVIEW", "Stage 2", POOR, DeadlineSchedule.once(3, DeadlineUnit.MONTHS)),
          new FollowUp.Rule(
              "STAGE_3_DHSC_UPDATE",
              "Stage 3",
              POOR,
              new DeadlineSchedule(6, DeadlineUnit.MONTHS, 3, 4)));

  private static List<LocalDate> dates(LocalDate published, String rating) {
    return FollowUp.of(published, rating, List.of(), DEFAULTS).deadlines().stream()
        .map(FollowUpDeadline::dueOn)
        .toList();
  }

  @Test
  void threeMonthsAfterThe30thOfNovemberIsTheLastDayOfFebruary() {
    assertThat(DeadlineSchedule.once(3, DeadlineUnit.MONTHS).datesAfter(LocalDate.of(2024, 11, 30)))
        .containsExactly(LocalDate.of(2025, 2, 28));
  }

  @Test
  void inALeapYearThreeMonthsAfter30NovemberIsThe29thOfFebruary() {
    assertThat(DeadlineSchedule.once(3, DeadlineUnit.MONTHS).datesAfter(LocalDate.of(2023, 11, 30)))
        .containsExactly(LocalDate.of(2024, 2, 29));
  }

  @Test
  void tenDaysAfter31JanuaryCrossesIntoFebruary() {
    assertThat(DeadlineSchedule.once(10, DeadlineUnit.DAYS).datesAfter(LocalDate.of(2025, 1, 31)))
        .containsExactly(LocalDate.of(2025, 2, 10));
  }

  @Test
  void tenDaysAfter22FebruaryOfALeapYearCountsThe29th() {
    assertThat(DeadlineSchedule.once(10, DeadlineUnit.DAYS).datesAfter(LocalDate.of(2024, 2, 22)))
        .containsExactly(LocalDate.of(2024, 3, 3));
  }

  @Test
  void tenDaysAfter22DecemberCrossesIntoTheNewYear() {
    assertThat(DeadlineSchedule.once(10, DeadlineUnit.DAYS).datesAfter(LocalDate.of(2025, 12, 22)))
        .containsExactly(LocalDate.of(2026, 1, 1));
  }

  @Test
  void quarterlyUpdatesAreCountedFromPublicationSoMonthEndsDoNotDrift() {
    // 31 August + 6 months is 28 February; the next quarters go back to the 31st, 30th, 31st
    assertThat(
            new DeadlineSchedule(6, DeadlineUnit.MONTHS, 3, 4)
                .datesAfter(LocalDate.of(2025, 8, 31)))
        .containsExactly(
            LocalDate.of(2026, 2, 28),
            LocalDate.of(2026, 5, 31),
            LocalDate.of(2026, 8, 31),
            LocalDate.of(2026, 11, 30));
  }

  @Test
  void requiresImprovementTriggersAllStagesEarliestFirst() {
    // Leicestershire was published on 17 September 2025
    assertThat(dates(LocalDate.of(2025, 9, 17), "REQUIRES_IMPROVEMENT"))
        .containsExactly(
            LocalDate.of(2025, 9, 27),
            LocalDate.of(2025, 12, 17),
            LocalDate.of(2026, 3, 17),
            LocalDate.of(2026, 6, 17),
            LocalDate.of(2026, 9, 17),
            LocalDate.of(2026, 12, 17));
  }

  @Test
  void inadequateTriggersTheSameDeadlines() {
    assertThat(dates(LocalDate.of(2025, 9, 17), "INADEQUATE")).hasSize(6);
  }

  @Test
  void goodAndOutstandingTriggerNoDeadlines() {
    assertThat(dates(LocalDate.of(2025, 9, 17), "GOOD")).isEmpty();
    assertThat(dates(LocalDate.of(2025, 9, 17), "OUTSTANDING")).isEmpty();
  }

  @Test
  void anUnpublishedAssessmentHasNoDeadlines() {
    assertThat(dates(null, "REQUIRES_IMPROVEMENT")).isEmpty();
  }

  @Test
  void repeatedDeadlinesAreNumberedAndTheNextOneIsFoundFromToday() {
    FollowUp followUp =
        FollowUp.of(LocalDate.of(2025, 9, 17), "REQUIRES_IMPROVEMENT", List.of("QS3"), DEFAULTS);

    assertThat(followUp.nextOnOrAfter(LocalDate.of(2025, 12, 17)).orElseThrow().code())
        .isEqualTo("STAGE_2_REVIEW");
    assertThat(followUp.nextOnOrAfter(LocalDate.of(2025, 12, 18)).orElseThrow().title())
        .isEqualTo("Stage 3 (1)");
    assertThat(followUp.upcoming(LocalDate.of(2026, 9, 1), 3))
        .extracting(FollowUpDeadline::title)
        .containsExactly("Stage 3 (3)", "Stage 3 (4)");
    assertThat(followUp.notifiedStatements()).containsExactly("QS3");
  }

  @Test
  void aRepeatingScheduleNeedsAnInterval() {
    assertThatThrownBy(() -> new DeadlineSchedule(6, DeadlineUnit.MONTHS, null, 2))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
