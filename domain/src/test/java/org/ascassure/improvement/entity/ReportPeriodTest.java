package org.ascassure.improvement.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.ascassure.platform.boundary.InvalidInputException;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

  @Test
  void aMonthRunsFromItsFirstToItsLastDayLeapYearsIncluded() {
    ReportPeriod february = ReportPeriod.parse(" 2028-02 ");
    assertThat(february.value()).isEqualTo("2028-02");
    assertThat(february.start()).isEqualTo(LocalDate.of(2028, 2, 1));
    assertThat(february.end()).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(february.label()).isEqualTo("February 2028");
    assertThat(february.isQuarter()).isFalse();
  }

  @Test
  void aQuarterIsThreeCalendarMonthsAndReadsInWords() {
    ReportPeriod q4 = ReportPeriod.parse("2026-q4");
    assertThat(q4.value()).isEqualTo("2026-Q4");
    assertThat(q4.start()).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(q4.end()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(q4.label()).isEqualTo("Q4 2026 (October to December)");
  }

  @Test
  void anythingElseIsRefusedWithTheFormsThatWork() {
    for (String bad : new String[] {"2026-13", "2026-Q5", "Nov 2026", "", "2026-1"}) {
      assertThatThrownBy(() -> ReportPeriod.parse(bad))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("2026-Q4");
    }
    assertThatThrownBy(() -> ReportPeriod.parse(null)).isInstanceOf(InvalidInputException.class);
  }
}
