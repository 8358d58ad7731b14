package org.ascassure.reports.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.ascassure.reports.sheet.Sheets;
import org.dhatim.fastexcel.HyperLink;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The evidence bank as an Excel workbook, streamed: rows are flushed to the stream every {@link
 * #FLUSH_EVERY} items, so memory stays flat however large the bank. One sheet, the heading row
 * frozen and filterable, dates as dates, web links clickable.
 */
public class EvidenceXlsx implements EvidenceTableWriter {

  static final int FLUSH_EVERY = 200;

  private final Workbook workbook;
  private final Worksheet sheet;
  private int row;

  public EvidenceXlsx(OutputStream stream, String title) {
    workbook = new Workbook(stream, "ASC Assure", "1.0");
    workbook.properties().setTitle(title);
    sheet = workbook.newWorksheet("Evidence");
    Sheets.headings(sheet, 0, EvidenceColumns.HEADINGS);
    int[] widths = {10, 40, 60, 30, 18, 24, 12, 16, 16, 16, 16, 12, 10, 30, 40, 30, 24, 12, 20};
    for (int c = 0; c < widths.length; c++) {
      sheet.width(c, widths[c]);
    }
    row = 1;
  }

  @Override
  public void add(EvidenceRow item) throws IOException {
    int c = 0;
    sheet.value(row, c++, item.ref());
    Sheets.text(sheet, row, c++, item.title());
    Sheets.text(sheet, row, c++, item.description());
    Sheets.text(sheet, row, c++, String.join(EvidenceColumns.LIST_SEPARATOR, item.categories()));
    Sheets.text(sheet, row, c++, String.join(EvidenceColumns.LIST_SEPARATOR, item.statements()));
    Sheets.text(sheet, row, c++, item.owner());
    Sheets.date(sheet, row, c++, item.evidenceDate());
    Sheets.dateTime(sheet, row, c++, item.added());
    Sheets.text(sheet, row, c++, item.addedBy());
    Sheets.dateTime(sheet, row, c++, item.changed());
    Sheets.text(sheet, row, c++, item.changedBy());
    Sheets.date(sheet, row, c++, item.reviewBy());
    sheet.value(row, c++, item.status());
    Sheets.text(sheet, row, c++, item.withdrawalReason());
    link(item.link(), c++);
    Sheets.text(sheet, row, c++, item.fileName());
    Sheets.text(sheet, row, c++, item.fileMediaType());
    Sheets.number(sheet, row, c++, item.fileSize());
    Sheets.text(sheet, row, c, item.fileSha256());
    row++;
    if (row % FLUSH_EVERY == 0) {
      sheet.flush();
    }
  }

  @Override
  public void finish() throws IOException {
    sheet.setAutoFilter(0, 0, EvidenceColumns.HEADINGS.size() - 1);
    workbook.finish();
  }

  /** Only web addresses become hyperlinks; anything else stays visible text, never a target. */
  private void link(String link, int column) {
    if (link == null || link.isBlank()) {
      return;
    }
    String lower = link.toLowerCase(Locale.ROOT);
    if (lower.startsWith("https://") || lower.startsWith("http://")) {
      sheet.hyperlink(row, column, new HyperLink(link, link));
    } else {
      Sheets.text(sheet, row, column, link);
    }
  }
}
