package org.ascassure.reports.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ascassure.reports.platform.PdfChecks;
import org.junit.jupiter.api.Test;

class SelfAssessmentPdfTest {

  private static final SelfAssessmentDocument DOCUMENT =
      SelfAssessmentFixtures.fernshire(300, 40, null);

  private static final byte[] FULL = SelfAssessmentPdf.full(DOCUMENT);

  @Test
  void fullDocumentIsValidPdfUa() {
    assertThat(PdfChecks.pdfUaFailures(FULL)).isEmpty();
    assertThat(PdfChecks.title(FULL))
        .isEqualTo("Fernshire County Council: Self-assessment of adult social care");
    assertThat(PdfChecks.language(FULL)).isEqualTo("en-GB");
  }

  @Test
  void fullDocumentHasItsSectionsInOrder() {
    String text = PdfChecks.flatText(FULL);
    assertThat(text)
        .containsSubsequence(
            "Section A: Overview",
            "About the council",
            "Key risks and challenges",
            "Section B: Our performance by theme",
            "Working with people",
            "Our ambition",
            "QS1 Assessing needs",
            "Self-score: ",
            "What are our plans?",
            "Leadership",
            "QS9 Learning, improvement and innovation",
            "Self-scores and predicted rating",
            "Requires improvement (56%)",
            "Section C: How this self-assessment was produced and signed off",
            "Stakeholders' comments",
            "Priya",
            "Endorsements",
            "Cllr Tom Ashby",
            "Appendix: Evidence index",
            "E1",
            "E40");
    assertThat(PdfChecks.bookmarks(FULL))
        .contains(
            "Fernshire County Council: Self-assessment of adult social care",
            "  Section A: Overview",
            "  Section B: Our performance by theme",
            "    Working with people",
            "      QS1 Assessing needs: What is our performance and how do we know?",
            "  Appendix: Evidence index");
  }

  @Test
  void versionAndDateAreOnEveryPage() {
    List<String> pages = PdfChecks.pageTexts(FULL);
    assertThat(pages).hasSizeGreaterThan(5);
    for (int i = 0; i < pages.size(); i++) {
      assertThat(pages.get(i)).contains("v2, 12/03/2026").contains("Page " + (i + 1) + " of ");
    }
  }

  @Test
  void citationsLinkToTheirEvidenceIndexEntry() {
    List<PdfChecks.Link> links = PdfChecks.links(FULL);
    List<PdfChecks.Link> citations =
        links.stream()
            .filter(l -> l.contents() != null && l.contents().startsWith("Evidence E"))
            .toList();
    assertThat(citations).hasSizeGreaterThan(50).allMatch(PdfChecks.Link::internal);
    // each link names the item its text cites, and lands where that item's entry is
    assertThat(citations)
        .allSatisfy(
            l ->
                assertThat(l.contents())
                    .startsWith("Evidence " + l.text() + " in the evidence index"));
    int appendix = appendixPage();
    assertThat(citations).allMatch(l -> l.targetPage() >= appendix);
    // and, read where it lands, the line there is that item's own row of the index
    assertThat(citations)
        .allSatisfy(
            l -> assertThat(l.landing()).as("where %s lands", l.text()).startsWith(l.text() + " "));
    // including the one in each statement's "Why", as in the Word document
    assertThat(citations.stream().filter(l -> l.line().contains("Why:")))
        .hasSize(9)
        .allSatisfy(
            l -> assertThat(l.line()).contains("Performance data and feedback from partners"));
    // the broken citation (D20) is printed as written, and not a link
    assertThat(PdfChecks.text(FULL)).contains("(D20)");
    assertThat(links).noneMatch(l -> l.contents() != null && l.contents().contains("D20"));
  }

  @Test
  void summaryHasAmbitionStrengthsPrioritiesAndRating() {
    byte[] summary = SelfAssessmentPdf.summary(DOCUMENT);
    assertThat(PdfChecks.pdfUaFailures(summary)).isEmpty();
    String text = PdfChecks.flatText(summary);
    assertThat(text)
        .containsSubsequence(
            "(summary)",
            "Working with people",
            "Our ambition",
            "Our strengths",
            "Priorities for improvement",
            "Leadership",
            "Self-scores and predicted rating",
            "Requires improvement (56%)");
    assertThat(text).doesNotContain("Section A").doesNotContain("Evidence index");
    assertThat(PdfChecks.links(summary)).isEmpty();
  }

  @Test
  void hostileNarrativeIsNeutralised() {
    String hostile =
        "<p>Risk (E2)<script>alert('x')</script><img src=x onerror=\"alert(1)\">"
            + "<a href=\"javascript:alert(2)\">click</a> <a href=\"https://example.org/report\">report</a>"
            + "<iframe src=\"https://evil.example\"></iframe><style>body{display:none}</style></p>"
            + "&lt;b&gt;typed tag&lt;/b&gt;";
    byte[] pdf = SelfAssessmentPdf.full(SelfAssessmentFixtures.fernshire(50, 10, hostile));
    assertThat(PdfChecks.pdfUaFailures(pdf)).isEmpty();
    String text = PdfChecks.text(pdf);
    assertThat(text).contains("Risk (E2)").contains("click").doesNotContain("alert");
    assertThat(text).doesNotContain("<p>").doesNotContain("<script").doesNotContain("onerror");
    // what a person typed as text stays text
    assertThat(text).contains("<b>typed tag</b>");
    List<PdfChecks.Link> links = PdfChecks.links(pdf);
    assertThat(links).noneMatch(l -> l.uri() != null && l.uri().startsWith("javascript"));
    assertThat(links).anyMatch(l -> "https://example.org/report".equals(l.uri()));
    assertThat(links).noneMatch(l -> l.uri() != null && l.uri().contains("evil"));
  }

  @Test
  void noMarkupLeaksIntoTheText() {
    assertThat(PdfChecks.text(FULL))
        .doesNotContain("<strong>")
        .doesNotContain("</p>")
        .doesNotContain("&lt;");
  }

  @Test
  void fileNamesSayCouncilVersionAndKind() {
    assertThat(SelfAssessmentPdf.fileName(DOCUMENT, false))
        .isEqualTo("fernshire-self-assessment-v2.pdf");
    assertThat(SelfAssessmentPdf.fileName(DOCUMENT, true))
        .isEqualTo("fernshire-self-assessment-v2-summary.pdf");
  }

  private static int appendixPage() {
    List<String> pages = PdfChecks.pageTexts(FULL);
    for (int i = 0; i < pages.size(); i++) {
      if (pages.get(i).contains("Appendix: Evidence index")) {
        return i + 1;
      }
    }
    throw new AssertionError("no appendix");
  }
}
