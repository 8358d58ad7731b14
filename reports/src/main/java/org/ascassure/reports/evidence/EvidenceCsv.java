package org.ascassure.reports.evidence;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.ascassure.platform.control.Csv;

/**
 * The evidence bank as CSV (RFC 4180, UTF-8 with a byte order mark so Excel reads it as UTF-8,
 * formula-like cells defused by {@link Csv}); dates ISO 8601, the time added in UK local time.
 */
public class EvidenceCsv implements EvidenceTableWriter {

  private final Writer out;

  public EvidenceCsv(OutputStream stream) throws IOException {
    this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    out.write(Csv.BYTE_ORDER_MARK);
    out.write(Csv.row(EvidenceColumns.HEADINGS.toArray(String[]::new)));
  }

  @Override
  public void add(EvidenceRow row) throws IOException {
    out.write(
        Csv.row(
            row.ref(),
            row.title(),
            row.description(),
            String.join(EvidenceColumns.LIST_SEPARATOR, row.categories()),
            String.join(EvidenceColumns.LIST_SEPARATOR, row.statements()),
            row.owner(),
            date(row.evidenceDate()),
            dateTime(row.added()),
            date(row.reviewBy()),
            row.status(),
            row.withdrawalReason(),
            row.link(),
            row.fileName(),
            row.fileSize() == null ? null : row.fileSize().toString(),
            row.fileSha256()));
  }

  @Override
  public void finish() throws IOException {
    out.flush();
  }

  private static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static String dateTime(LocalDateTime time) {
    return time == null ? null : time.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
