package org.ascassure.reports.selfassessment;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.ascassure.evidence.entity.EvidenceRef;
import org.ascassure.reports.platform.FileNames;
import org.ascassure.reports.platform.WordDocument;
import org.ascassure.reports.platform.WordNarrative;
import org.ascassure.reports.selfassessment.SelfAssessmentDocument.EvidenceEntry;
import org.ascassure.reports.selfassessment.SelfAssessmentDocument.Part;
import org.ascassure.reports.selfassessment.SelfAssessmentDocument.PredictedRating;
import org.ascassure.reports.selfassessment.SelfAssessmentDocument.SignOffEntry;
import org.ascassure.reports.selfassessment.SelfAssessmentDocument.StatementSection;
import org.ascassure.reports.selfassessment.SelfAssessmentDocument.ThemeSection;
import org.ascassure.selfassessment.control.NarrativeHtml;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * A self-assessment as a Word document, with the same content and heading structure as the PDF
 * ({@link SelfAssessmentPdf}): the title, Sections A, B (theme → statement) and C as Heading 1 to
 * 3, the narratives' own headings below them, self-scores and the predicted rating, the evidence
 * index as an appendix whose entries are bookmarks that every resolving citation links to. The
 * summary for committee members holds each theme's ambition, strengths and priorities and the
 * prediction.
 */
public final class SelfAssessmentDocx {

  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter SHORT_DATE =
      DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

  private SelfAssessmentDocx() {}

  /** {@code fernshire-self-assessment-v2.docx}, {@code …-draft-summary.docx}. */
  public static String fileName(SelfAssessmentDocument document, boolean summary) {
    return FileNames.of(
        document.council(),
        "docx",
        "self-assessment",
        document.edition().isDraft() ? "draft" : document.edition().label(),
        summary ? "summary" : "");
  }

  public static void render(SelfAssessmentDocument document, boolean summary, OutputStream out) {
    (summary ? summary(document) : full(document)).write(out);
  }

  static WordDocument full(SelfAssessmentDocument document) {
    WordDocument word = start(document, false);
    Map<EvidenceRef, String> titles =
        document.evidenceIndex().stream()
            .collect(
                Collectors.toMap(
                    e -> EvidenceRef.parse(e.ref()), EvidenceEntry::title, (a, b) -> a));
    Citations citations = new Citations(new CitationLinks(titles.keySet()), titles);

    word.heading(1, "Section A: Overview");
    for (Part part : document.sectionA()) {
      word.heading(2, part.heading());
      narrative(word, part, 2, citations, document);
    }

    word.heading(1, "Section B: Our performance by theme");
    for (ThemeSection theme : document.sectionB()) {
      word.heading(2, theme.title());
      for (Part part : List.of(theme.ambition(), theme.strengths(), theme.priorities())) {
        word.heading(3, part.heading());
        narrative(word, part, 3, citations, document);
      }
      for (StatementSection statement : theme.statements()) {
        word.heading(
            3,
            statement.code() + " " + statement.title() + ": " + statement.performance().heading());
        narrative(word, statement.performance(), 3, citations, document);
        word.labelled("Self-score: ", SelfAssessmentPdf.scoreText(statement));
        if (!statement.rationale().isBlank()) {
          XWPFParagraph why = word.labelled("Why: ", "");
          // the rationale is plain text that may cite evidence: link it like a narrative
          linkedText(why, statement.rationale(), citations);
        }
      }
      word.heading(3, theme.plans().heading());
      narrative(word, theme.plans(), 3, citations, document);
    }

    predictedRating(word, document);

    word.heading(1, "Section C: How this self-assessment was produced and signed off");
    Part production = document.sectionC().production();
    word.heading(2, production.heading());
    narrative(word, production, 2, citations, document);
    signOffs(
        word,
        "Stakeholders' comments",
        document.sectionC().stakeholderComments(),
        "No stakeholder has commented yet.");
    signOffs(
        word,
        "Endorsements",
        document.sectionC().endorsements(),
        "Nobody has endorsed this self-assessment yet.");

    evidenceIndex(word, document);
    return word;
  }

  static WordDocument summary(SelfAssessmentDocument document) {
    WordDocument word = start(document, true);
    for (ThemeSection theme : document.sectionB()) {
      word.heading(1, theme.title());
      for (Part part : List.of(theme.ambition(), theme.strengths(), theme.priorities())) {
        word.heading(2, part.heading());
        narrative(word, part, 2, null, document);
      }
    }
    predictedRating(word, document);
    return word;
  }

  private static WordDocument start(SelfAssessmentDocument document, boolean summary) {
    String title = document.council() + ": " + document.title() + (summary ? " (summary)" : "");
    String edition =
        document.edition().label() + ", " + SHORT_DATE.format(document.edition().date());
    WordDocument word =
        new WordDocument(title, "Adult social care self-assessment, " + document.period());
    word.footer(document.council() + " · " + document.title() + " · " + edition);
    word.title(title);
    WordDocument.Table facts = word.table(List.of("Item", "Detail"));
    facts.row("Council", document.council());
    facts.row("Period", document.period());
    facts.row("Framework", document.framework());
    facts.row(
        "Version",
        document.edition().isDraft()
            ? "Working draft, as it stood on " + LONG_DATE.format(document.edition().date())
            : document.edition().label()
                + ", published "
                + LONG_DATE.format(document.edition().date()));
    facts.row("Status", document.status());
    facts.row("Predicted rating", SelfAssessmentPdf.ratingText(document.predictedRating()));
    return word;
  }

  /** The part's narrative, sanitised again here: what was stored is never trusted as markup. */
  private static void narrative(
      WordDocument word,
      Part part,
      int belowLevel,
      Citations citations,
      SelfAssessmentDocument document) {
    if (part.isEmpty()) {
      word.paragraph(document.edition().isDraft() ? "Not written yet." : "Not written.");
      return;
    }
    Element body = Jsoup.parseBodyFragment(NarrativeHtml.sanitise(part.html())).body();
    if (citations != null) {
      citations.link(List.copyOf(body.childNodes()));
    }
    new WordNarrative(word, belowLevel).blocks(List.copyOf(body.childNodes()));
  }

  private static void linkedText(XWPFParagraph p, String text, Citations citations) {
    Element holder = Jsoup.parseBodyFragment("").body();
    holder.appendText(text);
    citations.link(List.copyOf(holder.childNodes()));
    for (Node node : holder.childNodes()) {
      if (node instanceof Element a && a.tagName().equals("a")) {
        WordDocument.internalLink(
            p, WordDocument.bookmarkName(a.attr("href").substring(1)), a.text(), a.attr("title"));
      } else if (node instanceof org.jsoup.nodes.TextNode t) {
        WordDocument.text(p, t.getWholeText());
      }
    }
  }

  /**
   * The PDF's citation linking ({@link CitationLinks}), with each link's tooltip naming the item,
   * as Word shows it on hovering.
   */
  private record Citations(CitationLinks links, Map<EvidenceRef, String> titles) {
    void link(List<Node> nodes) {
      links.link(nodes);
      for (Node node : nodes) {
        if (node instanceof Element e) {
          for (Element a : e.tagName().equals("a") ? List.of(e) : e.select("a[href^='#']")) {
            String ref = a.attr("href").substring(1 + CitationLinks.anchor("").length());
            String title = titles.get(parse(ref));
            if (title != null) {
              a.attr("title", "Evidence " + ref + ": " + title);
            }
          }
        }
      }
    }

    private static EvidenceRef parse(String ref) {
      try {
        return EvidenceRef.parse(ref);
      } catch (RuntimeException notAReference) {
        return null;
      }
    }
  }

  private static void predictedRating(WordDocument word, SelfAssessmentDocument document) {
    PredictedRating rating = document.predictedRating();
    word.heading(1, "Self-scores and predicted rating");
    word.paragraph(SelfAssessmentPdf.ratingText(rating));
    if (!rating.notifiable().isEmpty()) {
      word.paragraph(
          "Self-scored at a level CQC notifies to the Secretary of State: "
              + String.join(", ", rating.notifiable())
              + ".");
    }
    WordDocument.Table scores = word.table(List.of("Statement", "Self-score"));
    for (ThemeSection theme : document.sectionB()) {
      for (StatementSection statement : theme.statements()) {
        scores.row(
            statement.code() + " " + statement.title(), SelfAssessmentPdf.scoreText(statement));
      }
    }
  }

  private static void signOffs(
      WordDocument word, String heading, List<SignOffEntry> entries, String none) {
    word.heading(2, heading);
    if (entries.isEmpty()) {
      word.paragraph(none);
      return;
    }
    WordDocument.Table rows =
        word.table(List.of("Name", "Role and organisation", "Date", "Comment"));
    for (SignOffEntry entry : entries) {
      String role =
          entry.role().isBlank() || entry.organisation().isBlank()
              ? entry.role() + entry.organisation()
              : entry.role() + ", " + entry.organisation();
      rows.row(entry.name(), role, LONG_DATE.format(entry.givenOn()), entry.comment());
    }
  }

  private static void evidenceIndex(WordDocument word, SelfAssessmentDocument document) {
    word.heading(1, "Appendix: Evidence index");
    if (document.evidenceIndex().isEmpty()) {
      word.paragraph("The evidence bank holds no items.");
      return;
    }
    WordDocument.Table rows =
        word.table(List.of("Ref", "Title", "Categories", "Evidence date", "Owner", "Status"));
    for (EvidenceEntry entry : document.evidenceIndex()) {
      LocalDate date = entry.evidenceDate();
      List<XWPFTableCell> cells =
          rows.row(
              entry.ref(),
              entry.title(),
              String.join("; ", entry.categories()),
              date == null ? "" : SHORT_DATE.format(date),
              entry.owner(),
              entry.status());
      word.bookmark(
          cells.get(0).getParagraphArray(0),
          WordDocument.bookmarkName(CitationLinks.anchor(entry.ref())));
    }
  }
}
