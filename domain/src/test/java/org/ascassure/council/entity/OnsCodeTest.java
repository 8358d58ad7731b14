package org.ascassure.council.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ascassure.platform.boundary.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OnsCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"E10000018", " e06000016 ", "E08000035"})
  void englishCouncilCodesAreAccepted(String input) {
    assertThat(OnsCode.parse(input).value()).matches("E[0-9]{8}");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"W06000015", "E1000001", "E100000188", "E10OOOO18", "Leicestershire"})
  void anythingElseIsRefusedWithAMessageNamingTheField(String input) {
    assertThatThrownBy(() -> OnsCode.parse(input))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).errors())
                    .singleElement()
                    .satisfies(error -> assertThat(error.field()).isEqualTo("onsCode")));
  }
}
