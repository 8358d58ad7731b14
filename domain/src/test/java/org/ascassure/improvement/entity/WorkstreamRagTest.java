package org.ascassure.improvement.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WorkstreamRagTest {

  @Test
  void theWorstOpenActionGivesTheColourAndTheReasonCountsThem() {
    RagAssessment rag =
        WorkstreamRag.of(List.of(Rag.GREEN, Rag.RED, Rag.BLUE, Rag.AMBER, Rag.RED, Rag.NONE));
    assertThat(rag.colour()).isEqualTo(Rag.RED);
    assertThat(rag.reason()).isEqualTo("Worst of 5 actions: 2 red, 1 amber, 1 green, 1 complete.");
  }

  @Test
  void aWorkstreamIsBlueOnlyWhenEveryRatedActionIsComplete() {
    assertThat(WorkstreamRag.of(List.of(Rag.BLUE, Rag.NONE, Rag.BLUE)))
        .isEqualTo(new RagAssessment(Rag.BLUE, "All 2 actions complete."));
    assertThat(WorkstreamRag.of(List.of(Rag.BLUE, Rag.GREEN)).colour()).isEqualTo(Rag.GREEN);
  }

  @Test
  void aWorkstreamWithNothingToRateHasNoColour() {
    assertThat(WorkstreamRag.of(List.of()).colour()).isEqualTo(Rag.NONE);
    assertThat(WorkstreamRag.of(List.of(Rag.NONE)).colour()).isEqualTo(Rag.NONE);
  }
}
