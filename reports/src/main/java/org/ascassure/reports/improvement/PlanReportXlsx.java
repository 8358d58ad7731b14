package org.ascassure.reports.improvement;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.ascassure.reports.improvement.PlanReport.ActionRow;
import org.ascassure.reports.improvement.PlanReport.Change;
import org.ascassure.reports.improvement.PlanReport.Changes;
import org.ascassure.reports.improvement.PlanReport.Deadline;
import org.ascassure.reports.improvement.PlanReport.WorkstreamSection;
import org.ascassure.reports.sheet.Sheets;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The improvement plan's progress report as a workbook, for the quarterly DHSC update and the
 * scrutiny committee: a summary (RAG counts per workstream, cost range totals, statutory
 * deadlines), every action with its workstream, and what changed since the previous snapshot. RAG
 * is always written as a word as well as a colour, so it survives printing and screen readers.
 */
public final class PlanReportXlsx {

  static final List<String> SUMMARY_HEADINGS =
      List.of(
          "Workstream",
          "Lead",
          "Red",
          "Amber",
          "Green",
          "Blue (complete)",
          "Actions rated",
          "Cost low (£)",
          "Cost high (£)");

  static final List<String> ACTION_HEADINGS =
      List.of("Workstream", "Action", "Owner", "Status", "Complete", "Due", "RAG", "Why this RAG");

  static final List<String> CHANGE_HEADINGS =
      List.of(
          "Change",
          "Workstream",
          "Action",
          "RAG before",
          "RAG now",
          "Due before",
          "Due now",
          "Status now");

  private static final List<String> COLOURS = List.of("RED", "AMBER", "GREEN", "BLUE");

  /** How worrying a colour is, to tell a worsening from an improvement. */
  private static final List<String> SEVERITY = List.of("BLUE", "GREEN", "AMBER", "RED");

  private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private PlanReportXlsx() {}

  public static void write(PlanReport report, OutputStream out) throws IOException {
    Workbook book = new Workbook(out, "ASC Assure", "1.0");
    book.properties().setTitle(title(report)).setSubject(report.council());
    summary(book.newWorksheet("Summary"), report);
    actions(
        book.newWorksheet("Actions"),
        report.workstreams().stream().flatMap(w -> w.actions().stream()).toList());
    changes(book.newWorksheet("Changes"), report);
    book.finish();
  }

  public static String title(PlanReport report) {
    return report.planTitle() + " – progress at " + report.takenOn().format(UK_DATE);
  }

  private static void summary(Worksheet sheet, PlanReport report) {
    sheet.value(0, 0, title(report));
    sheet.style(0, 0).bold().fontSize(14).set();
    facts(sheet, 1, "Council", report.council());
    facts(sheet, 2, "Reported to", report.audience());
    sheet.value(3, 0, "Snapshot date");
    Sheets.date(sheet, 3, 1, report.takenOn());
    facts(sheet, 4, "Content SHA-256", report.fingerprint());

    int top = 6;
    Sheets.headings(sheet, top, SUMMARY_HEADINGS);
    int row = top + 1;
    long[] totals = new long[COLOURS.size()];
    long costLow = 0;
    long costHigh = 0;
    for (WorkstreamSection w : report.workstreams()) {
      Sheets.text(sheet, row, 0, w.title());
      Sheets.text(sheet, row, 1, w.lead());
      long rated = 0;
      for (int i = 0; i < COLOURS.size(); i++) {
        String colour = COLOURS.get(i);
        long n = w.actions().stream().filter(a -> a.rag().equals(colour)).count();
        sheet.value(row, 2 + i, n);
        totals[i] += n;
        rated += n;
      }
      sheet.value(row, 6, rated);
      Sheets.number(sheet, row, 7, w.costLow(), Sheets.MONEY);
      Sheets.number(sheet, row, 8, w.costHigh(), Sheets.MONEY);
      costLow += w.costLow() == null ? 0 : w.costLow();
      costHigh += w.costHigh() != null ? w.costHigh() : w.costLow() == null ? 0 : w.costLow();
      row++;
    }
    sheet.value(row, 0, "Total");
    long rated = 0;
    for (int i = 0; i < COLOURS.size(); i++) {
      sheet.value(row, 2 + i, totals[i]);
      rated += totals[i];
    }
    sheet.value(row, 6, rated);
    Sheets.number(sheet, row, 7, costLow, Sheets.MONEY);
    Sheets.number(sheet, row, 8, costHigh, Sheets.MONEY);
    sheet.range(row, 0, row, SUMMARY_HEADINGS.size() - 1).style().bold().set();

    row += 2;
    sheet.value(row, 0, "Statutory deadlines ahead");
    sheet.style(row, 0).bold().set();
    row++;
    if (report.deadlines().isEmpty()) {
      sheet.value(row, 0, "None: the rating triggers no follow-up deadlines after this date.");
    }
    for (Deadline d : report.deadlines()) {
      Sheets.text(sheet, row, 0, d.title());
      Sheets.date(sheet, row, 1, d.dueOn());
      row++;
    }
    int[] widths = {40, 24, 8, 8, 8, 14, 13, 14, 14};
    for (int c = 0; c < widths.length; c++) {
      sheet.width(c, widths[c]);
    }
  }

  private static void actions(Worksheet sheet, List<ActionRow> actions) {
    Sheets.headings(sheet, 0, ACTION_HEADINGS);
    int row = 1;
    for (ActionRow a : actions) {
      Sheets.text(sheet, row, 0, a.workstream());
      Sheets.text(sheet, row, 1, a.title());
      Sheets.text(sheet, row, 2, a.owner());
      sheet.value(row, 3, a.status());
      Sheets.number(sheet, row, 4, a.percentComplete() / 100.0, Sheets.PERCENT);
      Sheets.date(sheet, row, 5, a.dueOn());
      rag(sheet, row, 6, a.rag());
      Sheets.text(sheet, row, 7, a.ragReason());
      row++;
    }
    sheet.setAutoFilter(0, 0, ACTION_HEADINGS.size() - 1);
    int[] widths = {30, 50, 18, 14, 10, 12, 10, 50};
    for (int c = 0; c < widths.length; c++) {
      sheet.width(c, widths[c]);
    }
  }

  private static void changes(Worksheet sheet, PlanReport report) {
    if (report.changes() == null) {
      sheet.value(0, 0, "This is the plan's first snapshot: there is nothing earlier to compare.");
      sheet.width(0, 70);
      return;
    }
    Changes changes = report.changes();
    sheet.value(
        0,
        0,
        "Changes since the snapshot of "
            + changes.previousTakenOn().format(UK_DATE)
            + " ("
            + changes.previousAudience()
            + ")");
    sheet.style(0, 0).bold().set();
    Sheets.headings(sheet, 1, CHANGE_HEADINGS);
    int row = 2;
    for (ActionRow a : changes.newActions()) {
      change(sheet, row++, "New", null, a);
    }
    for (Change c : changes.completed()) {
      change(sheet, row++, "Completed", c.before(), c.after());
    }
    for (Change c : changes.slipped()) {
      change(sheet, row++, slipped(c), c.before(), c.after());
    }
    for (Change c : changes.ragChanges()) {
      if (!changes.slipped().contains(c) && !changes.completed().contains(c)) {
        change(sheet, row++, "RAG changed", c.before(), c.after());
      }
    }
    if (row == 2) {
      sheet.value(row, 0, "No changes.");
    }
    int[] widths = {26, 30, 50, 11, 11, 12, 12, 14};
    for (int c = 0; c < widths.length; c++) {
      sheet.width(c, widths[c]);
    }
  }

  private static String slipped(Change c) {
    boolean later = c.after().dueOn().isAfter(c.before().dueOn());
    boolean worse =
        SEVERITY.indexOf(c.after().rag()) > SEVERITY.indexOf(c.before().rag())
            && SEVERITY.contains(c.before().rag());
    if (later && worse) {
      return "Slipped: due later, RAG worse";
    }
    return later ? "Slipped: due later" : "Slipped: RAG worse";
  }

  private static void change(
      Worksheet sheet, int row, String kind, ActionRow before, ActionRow after) {
    sheet.value(row, 0, kind);
    Sheets.text(sheet, row, 1, after.workstream());
    Sheets.text(sheet, row, 2, after.title());
    if (before != null) {
      rag(sheet, row, 3, before.rag());
      Sheets.date(sheet, row, 5, before.dueOn());
    }
    rag(sheet, row, 4, after.rag());
    Sheets.date(sheet, row, 6, after.dueOn());
    sheet.value(row, 7, after.status());
  }

  private static void facts(Worksheet sheet, int row, String label, String value) {
    sheet.value(row, 0, label);
    Sheets.text(sheet, row, 1, value);
  }

  /** The colour named, and shaded for those who see it; NONE (cancelled) reads "Not rated". */
  private static void rag(Worksheet sheet, int row, int column, String rag) {
    String fill =
        switch (rag) {
          case "RED" -> "F4B6B6";
          case "AMBER" -> "FCE4A8";
          case "GREEN" -> "C6E7C1";
          case "BLUE" -> "BFD7F2";
          default -> null;
        };
    sheet.value(
        row,
        column,
        fill == null ? "Not rated" : rag.charAt(0) + rag.substring(1).toLowerCase(Locale.ROOT));
    if (fill != null) {
      sheet.style(row, column).fillColor(fill).set();
    }
  }
}
