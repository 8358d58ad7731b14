package org.ascassure.citation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.ascassure.evidence.entity.EvidenceRef;
import org.junit.jupiter.api.Test;

class CitationScannerTest {

  private static List<String> written(String text) {
    return CitationScanner.scan(text).stream().map(CitationScanner.Found::written).toList();
  }

  @Test
  void readsSingleListedAndBareCitations() {
    assertThat(written("Reviews are timely (E15). Carers say so (E15, E22) and E30 shows it."))
        .containsExactly("E15", "E15", "E22", "E30");
    assertThat(written("Partners agree (E3; E4 and E5)")).containsExactly("E3", "E4", "E5");
  }

  @Test
  void citationOfAnotherLetterInsideABracketIsReportedAsUnresolved() {
    List<CitationScanner.Found> found = CitationScanner.scan("Audits show it (D20).");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).written()).isEqualTo("D20");
    assertThat(found.get(0).ref()).isEmpty();
  }

  @Test
  void ordinaryBracketsAndCodesAreNotCitations() {
    assertThat(written("Safeguarding (QS7) improved (see page 5) on the A38 (in 2024).")).isEmpty();
    assertThat(written("the E15 pack (E15 evidence pack)")).containsExactly("E15", "E15");
  }

  @Test
  void excerptShowsWhereTheCitationIs() {
    CitationScanner.Found found =
        CitationScanner.scan("First line.\nWaiting times fell by a third (E7).").get(0);
    assertThat(found.excerpt()).isEqualTo("Waiting times fell by a third (E7).");
  }

  @Test
  void suggestsTheEvidenceATypoMeant() {
    Set<EvidenceRef> existing =
        IntStream.rangeClosed(1, 30).mapToObj(EvidenceRef::new).collect(Collectors.toSet());
    assertThat(CitationScanner.suggestion("D20", existing)).contains(new EvidenceRef(20));
    assertThat(CitationScanner.suggestion("E51", existing)).contains(new EvidenceRef(15));
    assertThat(CitationScanner.suggestion("E155", existing)).contains(new EvidenceRef(15));
    assertThat(CitationScanner.suggestion("E900", existing)).isEqualTo(Optional.empty());
    Set<EvidenceRef> few = Set.of(new EvidenceRef(1), new EvidenceRef(4));
    assertThat(CitationScanner.suggestion("E9", few)).isEmpty();
  }
}
