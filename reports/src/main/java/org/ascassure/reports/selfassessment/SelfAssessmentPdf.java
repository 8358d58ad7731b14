package org.ascassure.reports.selfassessment;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ascassure.evidence.entity.EvidenceRef;
import org.ascassure.reports.platform.FileNames;
import org.ascassure.reports.platform.PdfPage;
import org.ascassure.reports.platform.TaggedPdf;
import org.ascassure.reports.selfassessment.SelfAssessmentDocument.EvidenceEntry;
import org.ascassure.reports.selfassessment.SelfAssessmentDocument.Part;
import org.ascassure.reports.selfassessment.SelfAssessmentDocument.PredictedRating;
import org.ascassure.reports.selfassessment.SelfAssessmentDocument.SignOffEntry;
import org.ascassure.reports.selfassessment.SelfAssessmentDocument.StatementSection;
import org.ascassure.reports.selfassessment.SelfAssessmentDocument.ThemeSection;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A self-assessment as tagged PDF: the full document (Sections A, B and C, self-scores and the
 * predicted rating, the evidence index as an appendix, citations linked to it) or the summary for
 * committee members (per theme: ambition, strengths, priorities; then the predicted rating).
 */
public final class SelfAssessmentPdf {

  static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

  private SelfAssessmentPdf() {}

  /** {@code fernshire-self-assessment-v2.pdf}, {@code …-draft-summary.pdf}. */
  public static String fileName(SelfAssessmentDocument document, boolean summary) {
    return FileNames.of(
        document.council(),
        "pdf",
        "self-assessment",
        document.edition().isDraft() ? "draft" : document.edition().label(),
        summary ? "summary" : "");
  }

  public static byte[] full(SelfAssessmentDocument document) {
    return TaggedPdf.render(fullPage(document));
  }

  public static byte[] summary(SelfAssessmentDocument document) {
    return TaggedPdf.render(summaryPage(document));
  }

  public static void render(SelfAssessmentDocument document, boolean summary, OutputStream out) {
    TaggedPdf.render(summary ? summaryPage(document) : fullPage(document), out);
  }

  static PdfPage fullPage(SelfAssessmentDocument document) {
    PdfPage page = start(document, false);
    Element body = page.body();
    CitationLinks citations =
        new CitationLinks(
            document.evidenceIndex().stream()
                .map(e -> EvidenceRef.parse(e.ref()))
                .collect(Collectors.toSet()));

    Element sectionA = section(body, false);
    PdfPage.heading(sectionA, 2, "section-a", "Section A: Overview");
    for (Part part : document.sectionA()) {
      PdfPage.heading(sectionA, 3, id(part), part.heading());
      narrative(sectionA, part, 3, citations, document);
    }

    Element sectionB = section(body, true);
    PdfPage.heading(sectionB, 2, "section-b", "Section B: Our performance by theme");
    for (ThemeSection theme : document.sectionB()) {
      PdfPage.heading(sectionB, 3, "theme-" + theme.code(), theme.title());
      for (Part part : List.of(theme.ambition(), theme.strengths(), theme.priorities())) {
        PdfPage.heading(sectionB, 4, id(part), part.heading());
        narrative(sectionB, part, 4, citations, document);
      }
      for (StatementSection statement : theme.statements()) {
        PdfPage.heading(
            sectionB,
            4,
            "statement-" + statement.code(),
            statement.code() + " " + statement.title() + ": " + statement.performance().heading());
        narrative(sectionB, statement.performance(), 4, citations, document);
        Element score = sectionB.appendElement("p");
        score.appendElement("strong").text("Self-score: ");
        score.appendText(scoreText(statement));
        if (!statement.rationale().isBlank()) {
          Element rationale = sectionB.appendElement("p");
          rationale.appendElement("strong").text("Why: ");
          // the rationale is plain text that may cite evidence: link it like a narrative
          TextNode why = new TextNode(statement.rationale());
          rationale.appendChild(why);
          citations.link(List.of(why));
        }
      }
      PdfPage.heading(sectionB, 4, id(theme.plans()), theme.plans().heading());
      narrative(sectionB, theme.plans(), 4, citations, document);
    }

    predictedRating(body, document, true);

    Element sectionC = section(body, true);
    PdfPage.heading(
        sectionC,
        2,
        "section-c",
        "Section C: How this self-assessment was produced and signed off");
    Part production = document.sectionC().production();
    PdfPage.heading(sectionC, 3, id(production), production.heading());
    narrative(sectionC, production, 3, citations, document);
    signOffs(
        sectionC,
        "stakeholder-comments",
        "Stakeholders' comments",
        document.sectionC().stakeholderComments(),
        "No stakeholder has commented yet.");
    signOffs(
        sectionC,
        "endorsements",
        "Endorsements",
        document.sectionC().endorsements(),
        "Nobody has endorsed this self-assessment yet.");

    evidenceIndex(page, document);
    return page;
  }

  static PdfPage summaryPage(SelfAssessmentDocument document) {
    PdfPage page = start(document, true);
    Element body = page.body();
    for (ThemeSection theme : document.sectionB()) {
      Element section = section(body, false);
      PdfPage.heading(section, 2, "theme-" + theme.code(), theme.title());
      for (Part part : List.of(theme.ambition(), theme.strengths(), theme.priorities())) {
        PdfPage.heading(section, 3, id(part), part.heading());
        narrative(section, part, 3, null, document);
      }
    }
    predictedRating(body, document, false);
    return page;
  }

  private static PdfPage start(SelfAssessmentDocument document, boolean summary) {
    String title = document.council() + ": " + document.title() + (summary ? " (summary)" : "");
    String edition =
        document.edition().label() + ", " + SHORT_DATE.format(document.edition().date());
    PdfPage page =
        PdfPage.titled(
            title,
            "Adult social care self-assessment, " + document.period(),
            document.council() + " · " + document.title() + " · " + edition);
    Element body = page.body();
    PdfPage.heading(body, 1, "title", title);
    Element facts = PdfPage.table(body, "About this document", List.of("Item", "Detail"));
    facts.parent().addClass("cover-facts");
    PdfPage.row(facts, true, "Council", document.council());
    PdfPage.row(facts, true, "Period", document.period());
    PdfPage.row(facts, true, "Framework", document.framework());
    PdfPage.row(
        facts,
        true,
        "Version",
        document.edition().isDraft()
            ? "Working draft, as it stood on " + LONG_DATE.format(document.edition().date())
            : document.edition().label()
                + ", published "
                + LONG_DATE.format(document.edition().date()));
    PdfPage.row(facts, true, "Status", document.status());
    PdfPage.row(facts, true, "Predicted rating", ratingText(document.predictedRating()));
    return page;
  }

  private static Element section(Element body, boolean newPage) {
    Element section = body.appendElement("div");
    if (newPage) {
      section.addClass("new-section");
    }
    return section;
  }

  private static void narrative(
      Element parent,
      Part part,
      int belowLevel,
      CitationLinks citations,
      SelfAssessmentDocument document) {
    if (part.isEmpty()) {
      parent
          .appendElement("p")
          .addClass("empty")
          .text(document.edition().isDraft() ? "Not written yet." : "Not written.");
      return;
    }
    Element holder = parent.appendElement("div");
    List<Node> added = PdfPage.appendNarrative(holder, part.html(), belowLevel);
    if (citations != null) {
      citations.link(added);
    }
  }

  private static void predictedRating(
      Element body, SelfAssessmentDocument document, boolean newPage) {
    Element section = section(body, newPage);
    PredictedRating rating = document.predictedRating();
    PdfPage.heading(section, 2, "predicted-rating", "Self-scores and predicted rating");
    section.appendElement("p").text(ratingText(rating));
    if (!rating.notifiable().isEmpty()) {
      section
          .appendElement("p")
          .text(
              "Self-scored at a level CQC notifies to the Secretary of State: "
                  + String.join(", ", rating.notifiable())
                  + ".");
    }
    Element rows =
        PdfPage.table(
            section, "Proposed score per quality statement", List.of("Statement", "Self-score"));
    for (ThemeSection theme : document.sectionB()) {
      for (StatementSection statement : theme.statements()) {
        PdfPage.row(rows, true, statement.code() + " " + statement.title(), scoreText(statement));
      }
    }
  }

  private static void signOffs(
      Element parent, String id, String heading, List<SignOffEntry> entries, String none) {
    PdfPage.heading(parent, 3, id, heading);
    if (entries.isEmpty()) {
      parent.appendElement("p").addClass("empty").text(none);
      return;
    }
    Element rows =
        PdfPage.table(parent, null, List.of("Name", "Role and organisation", "Date", "Comment"));
    for (SignOffEntry entry : entries) {
      String role =
          entry.role().isBlank() || entry.organisation().isBlank()
              ? entry.role() + entry.organisation()
              : entry.role() + ", " + entry.organisation();
      PdfPage.row(
          rows, true, entry.name(), role, LONG_DATE.format(entry.givenOn()), entry.comment());
    }
  }

  private static void evidenceIndex(PdfPage page, SelfAssessmentDocument document) {
    Element section = section(page.body(), true);
    PdfPage.heading(section, 2, "evidence-index", "Appendix: Evidence index");
    if (document.evidenceIndex().isEmpty()) {
      section.appendElement("p").addClass("empty").text("The evidence bank holds no items.");
      return;
    }
    Element rows =
        PdfPage.table(
            section,
            null,
            List.of("Ref", "Title", "Categories", "Evidence date", "Owner", "Status"));
    Function<LocalDate, String> date = d -> d == null ? "" : SHORT_DATE.format(d);
    for (EvidenceEntry entry : document.evidenceIndex()) {
      Element row =
          PdfPage.row(
              rows,
              true,
              entry.ref(),
              entry.title(),
              String.join("; ", entry.categories()),
              date.apply(entry.evidenceDate()),
              entry.owner(),
              entry.status());
      row.child(0).id(CitationLinks.anchor(entry.ref()));
      page.linkTarget(
          CitationLinks.anchor(entry.ref()),
          "Evidence " + entry.ref() + " in the evidence index: " + entry.title());
    }
  }

  static String scoreText(StatementSection statement) {
    if (statement.selfScore() == null) {
      return "not proposed";
    }
    return statement.selfScore()
        + (statement.selfScoreLabel().isBlank() ? "" : " – " + statement.selfScoreLabel());
  }

  static String ratingText(PredictedRating rating) {
    if (rating.percent() == null) {
      return "No prediction yet: "
          + rating.scored()
          + " of "
          + rating.statements()
          + " statements have a proposed score.";
    }
    return (rating.ratingLabel() == null ? "No rating band" : rating.ratingLabel())
        + " ("
        + rating.percent()
        + "%), from the proposed scores of "
        + rating.scored()
        + " of "
        + rating.statements()
        + " statements.";
  }

  private static String id(Part part) {
    return "part-" + part.slot().toLowerCase(Locale.ROOT).replace(':', '-').replace('_', '-');
  }
}
