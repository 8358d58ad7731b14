package org.ascassure.kpi.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FrequencyTest {

  private static final LocalDate ANCHOR = LocalDate.of(2024, 4, 1);

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  @Test
  void aMonthIsTheCalendarMonthAcrossMonthEnds() {
    assertThat(Frequency.MONTHLY.periodContaining(d(2025, 1, 31), ANCHOR))
        .isEqualTo(new Period(d(2025, 1, 1), d(2025, 1, 31)));
    assertThat(Frequency.MONTHLY.next(new Period(d(2025, 1, 1), d(2025, 1, 31)), ANCHOR))
        .isEqualTo(new Period(d(2025, 2, 1), d(2025, 2, 28)));
    assertThat(Frequency.MONTHLY.misalignment(d(2025, 2, 1), d(2025, 2, 28), ANCHOR)).isEmpty();
  }

  @Test
  void februaryOfALeapYearEndsOnThe29th() {
    assertThat(Frequency.MONTHLY.periodContaining(d(2024, 2, 10), ANCHOR).end())
        .isEqualTo(d(2024, 2, 29));
    assertThat(Frequency.MONTHLY.misalignment(d(2024, 2, 1), d(2024, 2, 28), ANCHOR))
        .hasValueSatisfying(m -> assertThat(m).contains("29/02/2024"));
  }

  @Test
  void aMonthThatDoesNotStartOnThe1stIsRefusedWithTheRightPeriod() {
    assertThat(Frequency.MONTHLY.misalignment(d(2025, 5, 2), d(2025, 6, 1), ANCHOR))
        .hasValueSatisfying(
            m -> assertThat(m).contains("calendar month").contains("01/05/2025 to 31/05/2025"));
  }

  @Test
  void quartersAreFinancialQuartersFromApril() {
    assertThat(Frequency.QUARTERLY.periodContaining(d(2025, 4, 1), ANCHOR))
        .isEqualTo(new Period(d(2025, 4, 1), d(2025, 6, 30)));
    assertThat(Frequency.QUARTERLY.periodContaining(d(2025, 12, 31), ANCHOR))
        .isEqualTo(new Period(d(2025, 10, 1), d(2025, 12, 31)));
    Period q4 = Frequency.QUARTERLY.periodContaining(d(2026, 2, 14), ANCHOR);
    assertThat(q4).isEqualTo(new Period(d(2026, 1, 1), d(2026, 3, 31)));
    assertThat(Frequency.QUARTERLY.name(q4)).isEqualTo("Q4 2025/26");
    assertThat(Frequency.QUARTERLY.misalignment(d(2025, 2, 1), d(2025, 4, 30), ANCHOR)).isPresent();
  }

  @Test
  void aLeapYearsFinalQuarterAndFinancialYearEndOnTheLastOfMarch() {
    Period q4 = Frequency.QUARTERLY.periodContaining(d(2024, 2, 29), ANCHOR);
    assertThat(q4).isEqualTo(new Period(d(2024, 1, 1), d(2024, 3, 31)));
    assertThat(q4.days()).isEqualTo(91);
    Period year = Frequency.ANNUAL.periodContaining(d(2024, 2, 29), ANCHOR);
    assertThat(year).isEqualTo(new Period(d(2023, 4, 1), d(2024, 3, 31)));
    assertThat(year.days()).isEqualTo(366);
    assertThat(Frequency.ANNUAL.name(year)).isEqualTo("2023/24");
  }

  @Test
  void halvesAreAprilToSeptemberAndOctoberToMarch() {
    assertThat(Frequency.HALF_YEARLY.periodContaining(d(2025, 9, 30), ANCHOR))
        .isEqualTo(new Period(d(2025, 4, 1), d(2025, 9, 30)));
    Period h2 = Frequency.HALF_YEARLY.periodContaining(d(2026, 3, 31), ANCHOR);
    assertThat(h2).isEqualTo(new Period(d(2025, 10, 1), d(2026, 3, 31)));
    assertThat(Frequency.HALF_YEARLY.name(h2)).isEqualTo("H2 2025/26");
  }

  @Test
  void fourWeeklyPeriodsAre28DaysFromTheAnchorInBothDirections() {
    assertThat(Frequency.FOUR_WEEKLY.periodContaining(d(2024, 4, 28), ANCHOR))
        .isEqualTo(new Period(d(2024, 4, 1), d(2024, 4, 28)));
    assertThat(Frequency.FOUR_WEEKLY.periodContaining(d(2024, 4, 29), ANCHOR))
        .isEqualTo(new Period(d(2024, 4, 29), d(2024, 5, 26)));
    assertThat(Frequency.FOUR_WEEKLY.periodContaining(d(2024, 3, 31), ANCHOR))
        .isEqualTo(new Period(d(2024, 3, 4), d(2024, 3, 31)));
    // across the leap day: 2024-01-08 + 28 days is 2024-02-05, the next 2024-03-04
    assertThat(Frequency.FOUR_WEEKLY.periodContaining(d(2024, 2, 29), ANCHOR))
        .isEqualTo(new Period(d(2024, 2, 5), d(2024, 3, 3)));
  }

  @Test
  void aFourWeeklyPeriodOffTheAnchorsStepsIsRefused() {
    assertThat(Frequency.FOUR_WEEKLY.misalignment(d(2024, 4, 29), d(2024, 5, 26), ANCHOR))
        .isEmpty();
    assertThat(Frequency.FOUR_WEEKLY.misalignment(d(2024, 5, 1), d(2024, 5, 28), ANCHOR))
        .hasValueSatisfying(
            m -> assertThat(m).contains("28 days").contains("29/04/2024 to 26/05/2024"));
    assertThat(Frequency.FOUR_WEEKLY.misalignment(d(2024, 4, 29), d(2024, 5, 31), ANCHOR))
        .hasValueSatisfying(m -> assertThat(m).contains("ends on 26/05/2024"));
  }

  @Test
  void weeksFollowTheAnchorsWeekday() {
    LocalDate wednesday = d(2025, 1, 1);
    assertThat(Frequency.WEEKLY.periodContaining(d(2025, 1, 7), wednesday))
        .isEqualTo(new Period(d(2025, 1, 1), d(2025, 1, 7)));
    assertThat(Frequency.WEEKLY.periodContaining(d(2025, 1, 8), wednesday).start())
        .isEqualTo(d(2025, 1, 8));
  }
}
