package org.ascassure.reports.evidence;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.ascassure.platform.control.Csv;

/**
 * The evidence bank as CSV (RFC 4180, UTF-8 with a byte order mark so Excel reads it as UTF-8,
 * formula-like cells defused by {@link Csv}); dates ISO 8601, the times added and last changed in
 * UK local time.
 */
public class EvidenceCsv implements EvidenceTableWriter {

  /** ISO 8601 to the second, seconds written even when they are 0 (toString() drops them). */
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

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
            row.addedBy(),
            dateTime(row.changed()),
            row.changedBy(),
            date(row.reviewBy()),
            row.status(),
            row.withdrawalReason(),
            row.link(),
            row.fileName(),
            row.fileMediaType(),
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
    return time == null ? null : SECONDS.format(time);
  }
}
