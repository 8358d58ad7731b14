package org.ascassure.reports.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;

class SelfAssessmentDocxTest {

  static final String HOSTILE =
      "<p>Risk <script>alert('x')</script><img src=x onerror=alert(1)> remains"
          + " <a href=\"javascript:alert(2)\">click</a> <b onclick=\"x()\">bold</b>"
          + " <a href=\"https://fernshire.example/risks\">register</a> (E3)</p>"
          + "<style>body{}</style><iframe src=\"https://evil.example\"></iframe>"
          + "<p>]]&gt;&lt;w:p&gt;&lt;/w:body&gt; &amp; more</p>";

  @Test
  void headingsFollowTheDocumentsStructureWithWordsHeadingStyles() throws Exception {
    try (XWPFDocument doc = open(full(SelfAssessmentFixtures.fernshire(300, 20, null)))) {
      List<String> outline = new ArrayList<>();
      for (XWPFParagraph p : doc.getParagraphs()) {
        if (p.getStyle() != null && p.getStyle().startsWith("Heading")) {
          outline.add(p.getStyle().substring("Heading".length()) + " " + p.getText());
        }
      }
      assertThat(outline.get(0)).isEqualTo("1 Section A: Overview");
      assertThat(outline).contains("2 Key risks and challenges", "2 Working with people");
      assertThat(outline)
          .containsSubsequence(
              "1 Section A: Overview",
              "1 Section B: Our performance by theme",
              "2 Working with people",
              "3 Our ambition",
              "3 QS1 Assessing needs: What is our performance and how do we know?",
              "4 What people tell us",
              "3 QS2 Supporting people to live healthier lives: What is our performance and how"
                  + " do we know?",
              "2 Leadership",
              "3 QS9 Learning, improvement and innovation: What is our performance and how do we"
                  + " know?",
              "1 Self-scores and predicted rating",
              "1 Section C: How this self-assessment was produced and signed off",
              "2 Endorsements",
              "1 Appendix: Evidence index");
      assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
      assertThat(
              doc.getStyles().getStyle("Heading2").getCTStyle().getPPr().getOutlineLvl().getVal())
          .hasToString("1");
      assertThat(doc.getParagraphs().get(0).getStyle()).isEqualTo("Title");
    }
  }

  @Test
  void titleLanguageVersionAndDateAreSetForReadersAndEveryPage() throws Exception {
    try (XWPFDocument doc = open(full(SelfAssessmentFixtures.fernshire(100, 5, null)))) {
      var core = doc.getProperties().getCoreProperties();
      assertThat(core.getTitle())
          .isEqualTo("Fernshire County Council: Self-assessment of adult social care");
      assertThat(core.getUnderlyingProperties().getLanguageProperty()).hasValue("en-GB");
      try (var styles =
          doc.getPackage()
              .getPartsByName(java.util.regex.Pattern.compile("/word/styles.xml"))
              .get(0)
              .getInputStream()) {
        assertThat(new String(styles.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
            .containsPattern("<w:lang [^>]*w:val=\"en-GB\"");
      }
      String footer = doc.getFooterList().get(0).getText();
      assertThat(footer).contains("v2, 12/03/2026").contains("Fernshire County Council");
    }
  }

  @Test
  void everyTablesHeaderRowRepeatsOnEachPage() throws Exception {
    try (XWPFDocument doc = open(full(SelfAssessmentFixtures.fernshire(100, 30, null)))) {
      assertThat(doc.getTables()).hasSizeGreaterThanOrEqualTo(4);
      for (XWPFTable table : doc.getTables()) {
        XWPFTableRow header = table.getRow(0);
        assertThat(header.isRepeatHeader()).isTrue();
        assertThat(header.getCell(0).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
        for (int r = 1; r < table.getNumberOfRows(); r++) {
          assertThat(table.getRow(r).isRepeatHeader()).isFalse();
        }
      }
      XWPFTable index = doc.getTables().get(doc.getTables().size() - 1);
      assertThat(index.getRow(0).getCell(0).getText()).isEqualTo("Ref");
      assertThat(index.getNumberOfRows()).isEqualTo(31);
      assertThat(index.getRow(15).getCell(0).getText()).isEqualTo("E15");
    }
  }

  @Test
  void citationsAreLinksToBookmarksOnTheirEvidenceIndexEntries() throws Exception {
    try (XWPFDocument doc = open(full(SelfAssessmentFixtures.fernshire(300, 20, null)))) {
      Set<String> bookmarks = new HashSet<>();
      XWPFTable index = doc.getTables().get(doc.getTables().size() - 1);
      for (XWPFTableRow row : index.getRows().subList(1, index.getNumberOfRows())) {
        for (CTBookmark b : row.getCell(0).getParagraphs().get(0).getCTP().getBookmarkStartList()) {
          bookmarks.add(b.getName());
        }
      }
      assertThat(bookmarks).hasSize(20).contains("evidence_E1", "evidence_E20");

      List<String> anchors = new ArrayList<>();
      List<String> linkTexts = new ArrayList<>();
      for (XWPFParagraph p : doc.getParagraphs()) {
        for (CTHyperlink link : p.getCTP().getHyperlinkList()) {
          if (link.getAnchor() != null) {
            anchors.add(link.getAnchor());
            linkTexts.add(link.getRArray(0).getTArray(0).getStringValue());
          }
        }
      }
      assertThat(anchors).isNotEmpty();
      assertThat(bookmarks).containsAll(anchors);
      assertThat(linkTexts).allMatch(t -> t.matches("E\\d+"));
      // the broken "D20" of the fixture's priorities stays plain text
      assertThat(linkTexts).doesNotContain("D20");
      assertThat(text(doc)).contains("(D20)");
    }
  }

  @Test
  void aCitationSitsWhereItWasWrittenInsideItsSentence() throws Exception {
    try (XWPFDocument doc = open(full(SelfAssessmentFixtures.fernshire(100, 5, null)))) {
      XWPFParagraph cited =
          doc.getParagraphs().stream()
              .filter(p -> !p.getCTP().getHyperlinkList().isEmpty())
              .findFirst()
              .orElseThrow();
      String xml = cited.getCTP().xmlText();
      String text = cited.getText();
      assertThat(text).matches("(?s).*\\(E\\d+, E\\d+\\)\\.$");
      // the link element comes between the runs, not after them
      assertThat(xml.indexOf("w:hyperlink")).isLessThan(xml.lastIndexOf("<w:r>") + 1);
    }
  }

  @Test
  void hostileNarrativeIsNeutralisedAndNoRawHtmlLeaks() throws Exception {
    try (XWPFDocument doc = open(full(SelfAssessmentFixtures.fernshire(100, 5, HOSTILE)))) {
      String text = text(doc);
      assertThat(text).contains("Risk").contains("remains").contains("bold").contains("register");
      assertThat(text)
          .doesNotContain("<script")
          .doesNotContain("alert(")
          .doesNotContain("onerror")
          .doesNotContain("<img")
          .doesNotContain("<p>")
          .doesNotContain("iframe")
          .doesNotContain("body{}");
      assertThat(text).contains("]]><w:p></w:body> & more");
      for (var rel : doc.getPackagePart().getRelationships()) {
        assertThat(rel.getTargetURI().toString()).doesNotStartWith("javascript");
      }
      assertThat(doc.getHyperlinks())
          .extracting(h -> h.getURL())
          .containsExactly("https://fernshire.example/risks");
    }
  }

  @Test
  void narrativeListsBecomeWordListsAndEmphasisStaysEmphasis() throws Exception {
    try (XWPFDocument doc = open(full(SelfAssessmentFixtures.fernshire(200, 5, null)))) {
      List<XWPFParagraph> items =
          doc.getParagraphs().stream().filter(p -> p.getNumID() != null).toList();
      assertThat(items).hasSize(8);
      assertThat(items.get(0).getText()).startsWith("Reduce waiting times");
      assertThat(doc.getNumbering().getNum(items.get(0).getNumID())).isNotNull();
      assertThat(
              doc.getParagraphs().stream()
                  .flatMap(p -> p.getRuns().stream())
                  .anyMatch(r -> r.isBold() && !r.text().isBlank()))
          .isTrue();
    }
  }

  @Test
  void theSummaryHoldsEachThemesAmbitionStrengthsAndPrioritiesAndThePrediction() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SelfAssessmentDocx.render(SelfAssessmentFixtures.fernshire(300, 20, null), true, out);
    try (XWPFDocument doc = open(out.toByteArray())) {
      List<String> outline = new ArrayList<>();
      for (XWPFParagraph p : doc.getParagraphs()) {
        if (p.getStyle() != null && p.getStyle().startsWith("Heading")) {
          outline.add(p.getStyle().substring("Heading".length()) + " " + p.getText());
        }
      }
      assertThat(outline)
          .containsExactly(
              "1 Working with people",
              "2 Our ambition",
              "2 Our strengths",
              "2 Priorities for improvement",
              "1 Providing support",
              "2 Our ambition",
              "2 Our strengths",
              "2 Priorities for improvement",
              "1 Ensuring safety within the system",
              "2 Our ambition",
              "2 Our strengths",
              "2 Priorities for improvement",
              "1 Leadership",
              "2 Our ambition",
              "2 Our strengths",
              "2 Priorities for improvement",
              "1 Self-scores and predicted rating");
      assertThat(text(doc)).contains("Requires improvement (56%)");
      assertThat(doc.getProperties().getCoreProperties().getTitle()).endsWith("(summary)");
    }
  }

  @Test
  void fileNamesSayCouncilVersionAndKind() {
    var doc = SelfAssessmentFixtures.fernshire(10, 1, null);
    assertThat(SelfAssessmentDocx.fileName(doc, false))
        .isEqualTo("fernshire-self-assessment-v2.docx");
    assertThat(SelfAssessmentDocx.fileName(doc, true))
        .isEqualTo("fernshire-self-assessment-v2-summary.docx");
  }

  static byte[] full(SelfAssessmentDocument document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SelfAssessmentDocx.render(document, false, out);
    return out.toByteArray();
  }

  static XWPFDocument open(byte[] bytes) throws Exception {
    return new XWPFDocument(new ByteArrayInputStream(bytes));
  }

  /** Every paragraph's and table cell's text, in order. */
  static String text(XWPFDocument doc) {
    StringBuilder text = new StringBuilder();
    for (IBodyElement element : doc.getBodyElements()) {
      if (element instanceof XWPFParagraph p) {
        text.append(p.getText()).append('\n');
      } else if (element instanceof XWPFTable t) {
        text.append(t.getText()).append('\n');
      }
    }
    return text.toString();
  }
}
