package org.ascassure.reports.assessment;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.ascassure.reports.assessment.OutcomeSummary.StatementResult;
import org.ascassure.reports.assessment.OutcomeSummary.ThemeScores;
import org.ascassure.reports.platform.FileNames;
import org.ascassure.reports.platform.PdfPage;
import org.ascassure.reports.platform.TaggedPdf;
import org.jsoup.nodes.Element;

/** A published outcome as tagged PDF: scores per statement, percentage, rating, findings. */
public final class OutcomeSummaryPdf {

  static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

  private OutcomeSummaryPdf() {}

  /** {@code fernshire-assessment-outcome-2025-09-17.pdf}. */
  public static String fileName(OutcomeSummary summary) {
    return FileNames.of(
        summary.council(),
        "pdf",
        "assessment-outcome",
        summary.publishedOn() == null ? "" : summary.publishedOn().toString());
  }

  public static byte[] render(OutcomeSummary summary) {
    return TaggedPdf.render(page(summary));
  }

  static PdfPage page(OutcomeSummary summary) {
    String title = summary.council() + ": assessment outcome";
    String published =
        summary.publishedOn() == null ? "not published" : LONG_DATE.format(summary.publishedOn());
    PdfPage page =
        PdfPage.titled(
            title,
            summary.framework() + ", published " + published,
            summary.council()
                + " · assessment outcome · published "
                + (summary.publishedOn() == null ? "–" : SHORT_DATE.format(summary.publishedOn())));
    Element body = page.body();
    PdfPage.heading(body, 1, "title", title);
    Element facts = PdfPage.table(body, "The outcome", List.of("Item", "Detail"));
    PdfPage.row(facts, true, "Council", summary.council());
    PdfPage.row(facts, true, "Framework", summary.framework());
    PdfPage.row(facts, true, "Published", published);
    PdfPage.row(facts, true, "Rating", summary.rating() == null ? "–" : summary.rating());
    if (summary.percent() != null) {
      PdfPage.row(
          facts, true, "Overall score", summary.percent() + "% (total " + summary.total() + ")");
    }
    if (!summary.notified().isEmpty()) {
      PdfPage.row(
          facts, true, "Notified to the Secretary of State", String.join(", ", summary.notified()));
    }

    PdfPage.heading(body, 2, "scores", "Scores per quality statement");
    Element rows = PdfPage.table(body, null, List.of("Statement", "Theme", "Score"));
    for (ThemeScores theme : summary.themes()) {
      for (StatementResult s : theme.statements()) {
        PdfPage.row(rows, true, s.code() + " " + s.title(), theme.title(), score(s));
      }
    }

    PdfPage.heading(body, 2, "findings", "Findings");
    boolean any = false;
    for (ThemeScores theme : summary.themes()) {
      for (StatementResult s : theme.statements()) {
        if (s.strengths().isEmpty() && s.areasForImprovement().isEmpty()) {
          continue;
        }
        any = true;
        PdfPage.heading(body, 3, "findings-" + s.code(), s.code() + " " + s.title());
        list(body, "Strengths", s.strengths());
        list(body, "Areas for improvement", s.areasForImprovement());
      }
    }
    if (!any) {
      body.appendElement("p").addClass("empty").text("No findings have been recorded.");
    }
    return page;
  }

  private static void list(Element parent, String heading, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    parent.appendElement("h4").text(heading);
    Element list = parent.appendElement("ul");
    items.forEach(item -> list.appendElement("li").text(item));
  }

  static String score(StatementResult s) {
    if (s.score() == null) {
      return "not scored";
    }
    return s.score() + (s.scoreLabel().isBlank() ? "" : " – " + s.scoreLabel());
  }
}
