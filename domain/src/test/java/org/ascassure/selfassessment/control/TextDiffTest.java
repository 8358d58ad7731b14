package org.ascassure.selfassessment.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ascassure.selfassessment.control.TextDiff.Kind;
import org.ascassure.selfassessment.control.TextDiff.Segment;
import org.junit.jupiter.api.Test;

class TextDiffTest {

  @Test
  void showsReplacedWordsInPlace() {
    List<Segment> diff =
        TextDiff.between("Waiting times fell by a third.", "Waiting times fell by half.");
    assertThat(diff)
        .containsExactly(
            new Segment(Kind.SAME, "Waiting times fell by "),
            new Segment(Kind.REMOVED, "a third."),
            new Segment(Kind.ADDED, "half."));
    assertThat(TextDiff.wordsAddedRemoved(diff)).containsExactly(1, 2);
  }

  @Test
  void identicalTextsAreOneUnchangedRun() {
    assertThat(TextDiff.between("Same words", "Same words"))
        .containsExactly(new Segment(Kind.SAME, "Same words"));
  }

  @Test
  void fromNothingEverythingIsAdded() {
    assertThat(TextDiff.between("", "New text"))
        .containsExactly(new Segment(Kind.ADDED, "New text"));
  }
}
