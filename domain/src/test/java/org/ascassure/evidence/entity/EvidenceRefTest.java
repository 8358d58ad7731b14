package org.ascassure.evidence.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ascassure.platform.boundary.InvalidInputException;
import org.junit.jupiter.api.Test;

class EvidenceRefTest {

  @Test
  void readsTheFormCouncilsWrite() {
    assertThat(EvidenceRef.parse(" e15 ")).isEqualTo(new EvidenceRef(15));
    assertThat(new EvidenceRef(15)).hasToString("E15");
  }

  @Test
  void refusesWhatIsNotAReference() {
    for (String bad : new String[] {"D20", "E0", "E", "E01", "15", null}) {
      assertThatThrownBy(() -> EvidenceRef.parse(bad)).isInstanceOf(InvalidInputException.class);
    }
  }

  @Test
  void ordersByNumberNotText() {
    assertThat(new EvidenceRef(9)).isLessThan(new EvidenceRef(10));
  }
}
