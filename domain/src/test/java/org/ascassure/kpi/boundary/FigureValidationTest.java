package org.ascassure.kpi.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.ascassure.kpi.entity.Dimension;
import org.ascassure.kpi.entity.Direction;
import org.ascassure.kpi.entity.Figure;
import org.ascassure.kpi.entity.Frequency;
import org.ascassure.kpi.entity.Kpi;
import org.ascassure.kpi.entity.KpiDefinition;
import org.ascassure.kpi.entity.KpiKind;
import org.ascassure.platform.boundary.FieldError;
import org.junit.jupiter.api.Test;

class FigureValidationTest {

  private static final Kpi RATIO =
      new Kpi(
          1L,
          new KpiDefinition(
              "Visits completed",
              null,
              null,
              KpiKind.RATIO,
              Direction.HIGHER_IS_BETTER,
              new BigDecimal("98"),
              null,
              Frequency.MONTHLY,
              null,
              Dimension.COMBINED,
              List.of(),
              null));

  private static SubmissionDetails figures(String numerator, String denominator, String value) {
    return new SubmissionDetails(
        null,
        null,
        null,
        null,
        numerator == null ? null : new BigDecimal(numerator),
        denominator == null ? null : new BigDecimal(denominator),
        value == null ? null : new BigDecimal(value),
        null);
  }

  private static List<FieldError> errorsOf(SubmissionDetails details) {
    List<FieldError> errors = new ArrayList<>();
    Kpis.figure(RATIO, details, errors);
    return errors;
  }

  @Test
  void aZeroDenominatorIsRefused() {
    assertThat(errorsOf(figures("0", "0", null)))
        .extracting(FieldError::field)
        .containsExactly("denominator");
  }

  @Test
  void aNumeratorAboveTheDenominatorIsRefusedAndEveryOtherProblemReportedWithIt() {
    assertThat(errorsOf(figures("51", "50", "3")))
        .extracting(FieldError::field)
        .containsExactly("numerator", "value");
    assertThat(errorsOf(figures(null, null, null)))
        .extracting(FieldError::field)
        .containsExactly("numerator", "denominator");
  }

  @Test
  void allOutOfAllIsAHundredPercent() {
    List<FieldError> errors = new ArrayList<>();
    Figure figure = Kpis.figure(RATIO, figures("50", "50", null), errors);
    assertThat(errors).isEmpty();
    assertThat(figure.amount()).isEqualByComparingTo("100");
  }
}
