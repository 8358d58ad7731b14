package org.ascassure.reports.improvement;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.ascassure.reports.improvement.PlanReport.ActionRow;
import org.ascassure.reports.improvement.PlanReport.Change;
import org.ascassure.reports.improvement.PlanReport.Changes;
import org.ascassure.reports.improvement.PlanReport.Deadline;
import org.ascassure.reports.improvement.PlanReport.RagCount;
import org.ascassure.reports.improvement.PlanReport.WorkstreamSection;
import org.ascassure.reports.platform.BarChart;
import org.ascassure.reports.platform.FileNames;
import org.ascassure.reports.platform.PdfPage;
import org.ascassure.reports.platform.TaggedPdf;
import org.jsoup.nodes.Element;

/**
 * The progress report of an improvement plan as tagged PDF: the RAG summary (a chart with its text
 * alternative and the same figures as a table), overdue actions, each workstream's actions, what
 * changed since the previous frozen report, and the statutory deadlines ahead.
 */
public final class PlanReportPdf {

  static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

  private static final List<String> ACTION_COLUMNS =
      List.of("Action", "Owner", "Due", "Status", "Done", "RAG", "Why this RAG");

  private PlanReportPdf() {}

  /** {@code fernshire-improvement-report-2026-03-31.pdf}. */
  public static String fileName(PlanReport report) {
    return FileNames.of(report.council(), "pdf", "improvement-report", report.takenOn().toString());
  }

  public static byte[] render(PlanReport report) {
    return TaggedPdf.render(page(report));
  }

  static PdfPage page(PlanReport report) {
    String title = report.council() + ": " + report.planTitle() + " – progress report";
    PdfPage page =
        PdfPage.titled(
            title,
            report.audience() + ", " + LONG_DATE.format(report.takenOn()),
            report.council()
                + " · "
                + report.audience()
                + " · as at "
                + SHORT_DATE.format(report.takenOn()));
    Element body = page.body();
    PdfPage.heading(body, 1, "title", title);
    Element facts = PdfPage.table(body, "About this report", List.of("Item", "Detail"));
    PdfPage.row(facts, true, "Council", report.council());
    PdfPage.row(facts, true, "Plan", report.planTitle());
    PdfPage.row(facts, true, "Prepared for", report.audience());
    PdfPage.row(facts, true, "Position as at", LONG_DATE.format(report.takenOn()));
    PdfPage.row(facts, true, "Actions", Integer.toString(report.actions()));
    PdfPage.row(facts, true, "Snapshot fingerprint (SHA-256)", report.fingerprint());

    ragSummary(body, report);
    overdue(body, report);
    workstreams(body, report);
    changes(body, report);
    deadlines(body, report);
    return page;
  }

  private static void ragSummary(Element body, PlanReport report) {
    PdfPage.heading(body, 2, "rag-summary", "RAG summary");
    String words = ragWords(report);
    Element figure = body.appendElement("figure");
    figure
        .appendElement("img")
        .attr(
            "src",
            BarChart.dataUri(
                report.ragSummary().stream()
                    .map(c -> new BarChart.Bar(c.actions(), colour(c.rag())))
                    .toList()))
        .attr("alt", "Bar chart of the plan's actions by RAG status: " + words + ".")
        .attr("style", "width: 150mm; height: auto;");
    figure.appendElement("figcaption").text("Actions by RAG status, top to bottom: " + words + ".");
    Element rows = PdfPage.table(body, "Actions by RAG status", List.of("RAG status", "Actions"));
    for (RagCount count : report.ragSummary()) {
      PdfPage.row(rows, true, count.label(), Integer.toString(count.actions()));
    }
  }

  static String ragWords(PlanReport report) {
    return String.join(
        ", ",
        report.ragSummary().stream()
            .map(c -> c.actions() + " " + c.label().toLowerCase(Locale.UK))
            .toList());
  }

  private static void overdue(Element body, PlanReport report) {
    PdfPage.heading(body, 2, "overdue", "Overdue actions");
    if (report.overdue().isEmpty()) {
      body.appendElement("p").text("No action was past its due date on this day.");
      return;
    }
    Element rows =
        PdfPage.table(
            body, null, List.of("Action", "Workstream", "Owner", "Due", "Status", "Done", "RAG"));
    for (ActionRow a : report.overdue()) {
      PdfPage.row(
          rows,
          true,
          a.title(),
          a.workstream(),
          a.owner(),
          SHORT_DATE.format(a.dueOn()),
          a.status(),
          a.percentComplete() + "%",
          rag(a.rag()));
    }
  }

  private static void workstreams(Element body, PlanReport report) {
    Element section = body.appendElement("div").addClass("new-section");
    PdfPage.heading(section, 2, "workstreams", "Progress by workstream");
    int n = 0;
    for (WorkstreamSection w : report.workstreams()) {
      PdfPage.heading(section, 3, "workstream-" + ++n, w.title());
      section
          .appendElement("p")
          .text(
              (w.lead().isBlank() ? "No lead named" : "Lead: " + w.lead())
                  + ". Estimated cost: "
                  + cost(w.costLow(), w.costHigh())
                  + ".");
      if (w.actions().isEmpty()) {
        section.appendElement("p").addClass("empty").text("No actions yet.");
        continue;
      }
      Element rows = PdfPage.table(section, null, ACTION_COLUMNS);
      for (ActionRow a : w.actions()) {
        PdfPage.row(
            rows,
            true,
            a.title(),
            a.owner(),
            SHORT_DATE.format(a.dueOn()),
            a.status(),
            a.percentComplete() + "%",
            rag(a.rag()),
            a.ragReason());
      }
    }
  }

  private static void changes(Element body, PlanReport report) {
    Element section = body.appendElement("div").addClass("new-section");
    Changes changes = report.changes();
    if (changes == null) {
      PdfPage.heading(section, 2, "changes", "What changed since the previous report");
      section.appendElement("p").text("This is the plan's first frozen report.");
      return;
    }
    PdfPage.heading(
        section,
        2,
        "changes",
        "What changed since the previous report ("
            + changes.previousAudience()
            + ", "
            + LONG_DATE.format(changes.previousTakenOn())
            + ")");
    PdfPage.heading(section, 3, "changes-new", "New actions");
    if (changes.newActions().isEmpty()) {
      section.appendElement("p").text("None.");
    } else {
      Element rows =
          PdfPage.table(section, null, List.of("Action", "Workstream", "Owner", "Due", "RAG"));
      for (ActionRow a : changes.newActions()) {
        PdfPage.row(
            rows,
            true,
            a.title(),
            a.workstream(),
            a.owner(),
            SHORT_DATE.format(a.dueOn()),
            rag(a.rag()));
      }
    }
    changeTable(section, "changes-completed", "Completed", changes.completed());
    changeTable(section, "changes-slipped", "Slipped (due later or RAG worse)", changes.slipped());
    changeTable(section, "changes-rag", "RAG changes", changes.ragChanges());
  }

  private static void changeTable(Element parent, String id, String heading, List<Change> list) {
    PdfPage.heading(parent, 3, id, heading);
    if (list.isEmpty()) {
      parent.appendElement("p").text("None.");
      return;
    }
    Element rows =
        PdfPage.table(
            parent,
            null,
            List.of("Action", "Workstream", "Due then", "Due now", "RAG then", "RAG now"));
    for (Change c : list) {
      PdfPage.row(
          rows,
          true,
          c.after().title(),
          c.after().workstream(),
          SHORT_DATE.format(c.before().dueOn()),
          SHORT_DATE.format(c.after().dueOn()),
          rag(c.before().rag()),
          rag(c.after().rag()));
    }
  }

  private static void deadlines(Element body, PlanReport report) {
    Element section = body.appendElement("div");
    PdfPage.heading(section, 2, "deadlines", "Statutory deadlines");
    if (report.deadlines().isEmpty()) {
      section
          .appendElement("p")
          .text(
              "No statutory deadline lies ahead: the plan answers no published outcome that sets any.");
    } else {
      Element rows =
          PdfPage.table(section, null, List.of("Deadline", "Due", "Days from this report"));
      for (Deadline d : report.deadlines()) {
        PdfPage.row(
            rows,
            true,
            d.title(),
            LONG_DATE.format(d.dueOn()),
            Long.toString(ChronoUnit.DAYS.between(report.takenOn(), d.dueOn())));
      }
    }
    if (!report.notifiedStatements().isEmpty()) {
      section
          .appendElement("p")
          .text(
              "Statements notified to the Secretary of State: "
                  + String.join(", ", report.notifiedStatements())
                  + ".");
    }
  }

  static String rag(String rag) {
    return switch (rag) {
      case "RED" -> "Red";
      case "AMBER" -> "Amber";
      case "GREEN" -> "Green";
      case "BLUE" -> "Blue (complete)";
      default -> "Not rated";
    };
  }

  private static String colour(String rag) {
    return switch (rag) {
      case "RED" -> "#d4351c";
      case "AMBER" -> "#f47738";
      case "GREEN" -> "#00703c";
      default -> "#1d70b8";
    };
  }

  static String cost(Long low, Long high) {
    NumberFormat pounds = NumberFormat.getCurrencyInstance(Locale.UK);
    pounds.setMaximumFractionDigits(0);
    if (low == null && high == null) {
      return "not estimated";
    }
    if (low == null || high == null || low.equals(high)) {
      return pounds.format(low == null ? high : low);
    }
    return pounds.format(low) + " to " + pounds.format(high);
  }
}
