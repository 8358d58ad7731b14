package org.ascassure.reports.improvement;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ascassure.reports.improvement.PlanReport.ActionRow;
import org.ascassure.reports.improvement.PlanReport.Change;
import org.ascassure.reports.improvement.PlanReport.Changes;
import org.ascassure.reports.improvement.PlanReport.Deadline;
import org.ascassure.reports.improvement.PlanReport.RagCount;
import org.ascassure.reports.improvement.PlanReport.WorkstreamSection;
import org.ascassure.reports.platform.FileNames;
import org.ascassure.reports.sheet.Sheets;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The improvement plan's progress report as a workbook, for the quarterly DHSC update and the
 * scrutiny committee. Sheets: a summary (the RAG summary as a table and as a bar chart of that
 * table's cells – fastexcel draws no charts, so POI adds it to the finished workbook –, RAG counts
 * and cost ranges per workstream, the statutory deadlines ahead, overdue actions), one sheet per
 * workstream with its lead, cost and actions, every action on one filterable sheet, and what
 * changed since the previous snapshot. RAG is always written as a word as well as a colour, so it
 * survives printing and screen readers.
 */
public final class PlanReportXlsx {

  static final List<String> RAG_HEADINGS = List.of("RAG status", "Actions", "Share of rated");

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

  static final List<String> DEADLINE_HEADINGS =
      List.of("Statutory deadline", "Due", "Days from snapshot");

  static final List<String> OVERDUE_HEADINGS =
      List.of("Overdue action", "Workstream", "Owner", "Status", "Complete", "Due", "RAG");

  static final List<String> WORKSTREAM_HEADINGS =
      List.of("Action", "Owner", "Status", "Complete", "Due", "RAG", "Why this RAG");

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

  static final String SUMMARY = "Summary";

  static final String CHART_TITLE = "RAG summary";

  /** The RAG summary table's first data row (0-based) on the summary sheet. */
  static final int RAG_FIRST_ROW = 8;

  /** Excel's longest sheet name. */
  static final int SHEET_NAME_LENGTH = 31;

  private PlanReportXlsx() {}

  /**
   * {@code fernshire-improvement-report-2026-03-31.xlsx}: the PDF's name with its own extension.
   */
  public static String fileName(PlanReport report) {
    return FileNames.of(
        report.council(), "xlsx", "improvement-report", report.takenOn().toString());
  }

  /**
   * fastexcel writes the cells and styles into memory (a plan's actions make a small workbook, not
   * the streamed evidence export); POI then adds the RAG summary chart, which fastexcel cannot
   * draw, and writes the whole to {@code out}.
   */
  public static void write(PlanReport report, OutputStream out) throws IOException {
    ByteArrayOutputStream cells = new ByteArrayOutputStream();
    writeCells(report, cells);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(cells.toByteArray()))) {
      ragChart(book.getSheet(SUMMARY), report);
      book.write(out);
    }
  }

  private static void writeCells(PlanReport report, OutputStream out) throws IOException {
    Workbook book = new Workbook(out, "ASC Assure", "1.0");
    book.properties().setTitle(title(report)).setSubject(report.council());
    summary(book.newWorksheet(SUMMARY), report);
    int n = 0;
    for (WorkstreamSection w : report.workstreams()) {
      n++;
      workstream(book.newWorksheet(sheetName(n, w.title())), n, w);
    }
    actions(
        book.newWorksheet("Actions"),
        report.workstreams().stream().flatMap(w -> w.actions().stream()).toList());
    changes(book.newWorksheet("Changes"), report);
    book.finish();
  }

  public static String title(PlanReport report) {
    return report.planTitle() + " – progress at " + report.takenOn().format(UK_DATE);
  }

  /**
   * "3 Safeguarding": the workstream's number (which keeps names unique) and title, without the
   * characters Excel refuses in a sheet name, cut at a word to fit its 31 characters.
   */
  static String sheetName(int number, String title) {
    String name =
        (number + " " + title).replaceAll("[\\\\/?*\\[\\]:]", " ").replaceAll("\\s+", " ").strip();
    if (name.length() > SHEET_NAME_LENGTH) {
      // cut at a word, and say so: the sheet's first cell has the whole title
      String cut = name.substring(0, SHEET_NAME_LENGTH - 1);
      int space = cut.lastIndexOf(' ');
      if (space > Integer.toString(number).length()) {
        cut = cut.substring(0, space);
      }
      name = cut.replaceAll("[\\s,;.'-]+$", "") + "…";
    }
    return name.replaceAll("[' ]+$", "");
  }

  private static void summary(Worksheet sheet, PlanReport report) {
    sheet.value(0, 0, title(report));
    sheet.style(0, 0).bold().fontSize(14).set();
    facts(sheet, 1, "Council", report.council());
    facts(sheet, 2, "Reported to", report.audience());
    sheet.value(3, 0, "Snapshot date");
    Sheets.date(sheet, 3, 1, report.takenOn());
    facts(sheet, 4, "Content SHA-256", report.fingerprint());

    int row = RAG_FIRST_ROW - 2;
    row = caption(sheet, row, CHART_TITLE);
    Sheets.tableHeadings(sheet, row++, RAG_HEADINGS);
    int rated = report.actions();
    for (RagCount count : report.ragSummary()) {
      shaded(sheet, row, 0, count.rag(), count.label());
      sheet.value(row, 1, count.actions());
      if (rated > 0) {
        Sheets.number(sheet, row, 2, count.actions() / (double) rated, Sheets.PERCENT);
      }
      row++;
    }
    sheet.value(row, 0, "Total");
    sheet.value(row, 1, rated);
    sheet.range(row, 0, row, RAG_HEADINGS.size() - 1).style().bold().set();
    row += 2;

    row = caption(sheet, row, "RAG status and cost by workstream");
    Sheets.tableHeadings(sheet, row++, SUMMARY_HEADINGS);
    long[] totals = new long[COLOURS.size()];
    long costLow = 0;
    long costHigh = 0;
    for (WorkstreamSection w : report.workstreams()) {
      Sheets.text(sheet, row, 0, w.title());
      Sheets.text(sheet, row, 1, w.lead());
      long inStream = 0;
      for (int i = 0; i < COLOURS.size(); i++) {
        String colour = COLOURS.get(i);
        long n = w.actions().stream().filter(a -> a.rag().equals(colour)).count();
        sheet.value(row, 2 + i, n);
        totals[i] += n;
        inStream += n;
      }
      sheet.value(row, 6, inStream);
      Sheets.number(sheet, row, 7, w.costLow(), Sheets.MONEY);
      Sheets.number(sheet, row, 8, w.costHigh(), Sheets.MONEY);
      costLow += w.costLow() == null ? 0 : w.costLow();
      costHigh += w.costHigh() != null ? w.costHigh() : w.costLow() == null ? 0 : w.costLow();
      row++;
    }
    sheet.value(row, 0, "Total");
    long allRated = 0;
    for (int i = 0; i < COLOURS.size(); i++) {
      sheet.value(row, 2 + i, totals[i]);
      allRated += totals[i];
    }
    sheet.value(row, 6, allRated);
    Sheets.number(sheet, row, 7, costLow, Sheets.MONEY);
    Sheets.number(sheet, row, 8, costHigh, Sheets.MONEY);
    sheet.range(row, 0, row, SUMMARY_HEADINGS.size() - 1).style().bold().set();
    row += 2;

    row = caption(sheet, row, "Statutory deadlines ahead");
    if (report.deadlines().isEmpty()) {
      sheet.value(row++, 0, "None: the rating triggers no follow-up deadlines after this date.");
    } else {
      Sheets.tableHeadings(sheet, row++, DEADLINE_HEADINGS);
      for (Deadline d : report.deadlines()) {
        Sheets.text(sheet, row, 0, d.title());
        Sheets.date(sheet, row, 1, d.dueOn());
        sheet.value(row, 2, ChronoUnit.DAYS.between(report.takenOn(), d.dueOn()));
        row++;
      }
    }
    if (!report.notifiedStatements().isEmpty()) {
      sheet.value(
          row++,
          0,
          "Statements notified to the Secretary of State: "
              + String.join(", ", report.notifiedStatements()));
    }
    row++;

    row = caption(sheet, row, "Overdue actions");
    if (report.overdue().isEmpty()) {
      sheet.value(row, 0, "No action was past its due date on this day.");
    } else {
      Sheets.tableHeadings(sheet, row++, OVERDUE_HEADINGS);
      for (ActionRow a : report.overdue()) {
        Sheets.text(sheet, row, 0, a.title());
        Sheets.text(sheet, row, 1, a.workstream());
        Sheets.text(sheet, row, 2, a.owner());
        sheet.value(row, 3, a.status());
        Sheets.number(sheet, row, 4, a.percentComplete() / 100.0, Sheets.PERCENT);
        Sheets.date(sheet, row, 5, a.dueOn());
        rag(sheet, row, 6, a.rag());
        row++;
      }
    }
    int[] widths = {44, 24, 14, 10, 10, 14, 13, 14, 14};
    for (int c = 0; c < widths.length; c++) {
      sheet.width(c, widths[c]);
    }
  }

  /**
   * A column chart of the RAG summary table's labels and counts, to the right of the summary's
   * widest table (so it covers no cell), with a description a screen reader reads out in its place.
   */
  static void ragChart(XSSFSheet sheet, PlanReport report) {
    List<RagCount> counts = report.ragSummary();
    if (counts.isEmpty()) {
      return;
    }
    int first = RAG_FIRST_ROW;
    int last = first + counts.size() - 1;
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    int left = SUMMARY_HEADINGS.size() + 1;
    XSSFChart chart =
        drawing.createChart(
            drawing.createAnchor(0, 0, 0, 0, left, first - 2, left + 7, first + 16));
    chart.setTitleText(CHART_TITLE);
    chart.setTitleOverlay(false);
    XDDFCategoryAxis ragAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
    ragAxis.setTitle(RAG_HEADINGS.get(0));
    XDDFValueAxis actionAxis = chart.createValueAxis(AxisPosition.LEFT);
    actionAxis.setTitle(RAG_HEADINGS.get(1));
    actionAxis.setCrosses(AxisCrosses.AUTO_ZERO);
    XDDFBarChartData bars =
        (XDDFBarChartData) chart.createData(ChartTypes.BAR, ragAxis, actionAxis);
    bars.setBarDirection(BarDirection.COL);
    bars.setVaryColors(false);
    XDDFChartData.Series series =
        bars.addSeries(
            XDDFDataSourcesFactory.fromStringCellRange(
                sheet, new CellRangeAddress(first, last, 0, 0)),
            XDDFDataSourcesFactory.fromNumericCellRange(
                sheet, new CellRangeAddress(first, last, 1, 1)));
    series.setTitle(
        RAG_HEADINGS.get(1), new CellReference(sheet.getSheetName(), first - 1, 1, true, true));
    chart.plot(bars);
    // the graphic frame's name and description (alt text), read out in place of the chart
    var altText =
        chart.getGraphicFrame().getCTGraphicalObjectFrame().getNvGraphicFramePr().getCNvPr();
    altText.setName(CHART_TITLE + " chart");
    altText.setDescr(chartDescription(counts));
  }

  /** "Bar chart of actions by RAG status: 1 red, 0 amber, 1 green, 1 blue (complete)." */
  static String chartDescription(List<RagCount> counts) {
    List<String> words = new ArrayList<>();
    for (RagCount count : counts) {
      words.add(count.actions() + " " + count.label().toLowerCase(Locale.UK));
    }
    return "Bar chart of actions by RAG status: " + String.join(", ", words) + ".";
  }

  /** A workstream's own sheet: what it is, who leads it, its RAG in words, then its actions. */
  private static void workstream(Worksheet sheet, int number, WorkstreamSection w) {
    sheet.value(0, 0, "Workstream " + number + ": " + w.title());
    sheet.style(0, 0).bold().fontSize(14).set();
    facts(sheet, 1, "Lead", w.lead().isBlank() ? "No lead named" : w.lead());
    facts(sheet, 2, "Estimated cost", PlanReportPdf.cost(w.costLow(), w.costHigh()));
    facts(sheet, 3, "Actions by RAG", ragWords(w.actions()));
    int top = 5;
    if (w.actions().isEmpty()) {
      sheet.value(top, 0, "No actions yet.");
    } else {
      Sheets.headings(sheet, top, WORKSTREAM_HEADINGS);
      int row = top + 1;
      for (ActionRow a : w.actions()) {
        actionCells(sheet, row++, 0, a);
      }
      sheet.setAutoFilter(top, 0, WORKSTREAM_HEADINGS.size() - 1);
    }
    int[] widths = {50, 18, 14, 10, 12, 16, 50};
    for (int c = 0; c < widths.length; c++) {
      sheet.width(c, widths[c]);
    }
  }

  /** "1 red, 0 amber, 2 green, 1 blue (complete)", and cancelled actions when there are any. */
  static String ragWords(List<ActionRow> actions) {
    List<String> words = new ArrayList<>();
    for (String colour : COLOURS) {
      long n = actions.stream().filter(a -> a.rag().equals(colour)).count();
      words.add(n + " " + PlanReportPdf.rag(colour).toLowerCase(Locale.UK));
    }
    long cancelled = actions.stream().filter(a -> !COLOURS.contains(a.rag())).count();
    if (cancelled > 0) {
      words.add(cancelled + " not rated (cancelled)");
    }
    return String.join(", ", words);
  }

  /** A table's caption in bold above it; returns the next row. */
  private static int caption(Worksheet sheet, int row, String text) {
    sheet.value(row, 0, text);
    sheet.style(row, 0).bold().fontSize(12).set();
    return row + 1;
  }

  /**
   * An action's cells from {@code column} on, as both the workstream sheets and the all-actions
   * sheet show them: title, owner, status, percent complete, due date, RAG and its reason.
   */
  private static void actionCells(Worksheet sheet, int row, int column, ActionRow a) {
    Sheets.text(sheet, row, column, a.title());
    Sheets.text(sheet, row, column + 1, a.owner());
    sheet.value(row, column + 2, a.status());
    Sheets.number(sheet, row, column + 3, a.percentComplete() / 100.0, Sheets.PERCENT);
    Sheets.date(sheet, row, column + 4, a.dueOn());
    rag(sheet, row, column + 5, a.rag());
    Sheets.text(sheet, row, column + 6, a.ragReason());
  }

  private static void actions(Worksheet sheet, List<ActionRow> actions) {
    Sheets.headings(sheet, 0, ACTION_HEADINGS);
    int row = 1;
    for (ActionRow a : actions) {
      Sheets.text(sheet, row, 0, a.workstream());
      actionCells(sheet, row++, 1, a);
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
    shaded(
        sheet,
        row,
        column,
        rag,
        COLOURS.contains(rag)
            ? rag.charAt(0) + rag.substring(1).toLowerCase(Locale.ROOT)
            : "Not rated");
  }

  /** {@code text} in a cell shaded in the RAG colour (if it is one). */
  private static void shaded(Worksheet sheet, int row, int column, String rag, String text) {
    String fill =
        switch (rag) {
          case "RED" -> "F4B6B6";
          case "AMBER" -> "FCE4A8";
          case "GREEN" -> "C6E7C1";
          case "BLUE" -> "BFD7F2";
          default -> null;
        };
    sheet.value(row, column, text);
    if (fill != null) {
      sheet.style(row, column).fillColor(fill).set();
    }
  }
}
