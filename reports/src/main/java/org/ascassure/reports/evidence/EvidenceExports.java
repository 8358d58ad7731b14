package org.ascassure.reports.evidence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.ascassure.council.boundary.Councils;
import org.ascassure.evidence.boundary.EvidenceBank;
import org.ascassure.evidence.boundary.EvidenceFilter;
import org.ascassure.evidence.entity.EvidenceItem;
import org.ascassure.framework.entity.EvidenceCategory;
import org.ascassure.platform.boundary.Page;
import org.ascassure.platform.boundary.PageRequest;

/**
 * Exports a council's evidence bank, filtered exactly as the evidence bank's search (the same
 * method answers both), as CSV or Excel. The file is streamed: items are read a page at a time,
 * each page in its own short transaction through {@link EvidenceBank} (so the persistence context
 * never holds the whole bank) and written before the next is read.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EvidenceExports {

  /** The file formats offered, with their media types and file name extensions. */
  public enum Format {
    CSV(org.ascassure.platform.control.Csv.MEDIA_TYPE + "; charset=UTF-8", "csv"),
    XLSX(org.ascassure.reports.sheet.Sheets.MEDIA_TYPE, "xlsx");

    private final String mediaType;
    private final String extension;

    Format(String mediaType, String extension) {
      this.mediaType = mediaType;
      this.extension = extension;
    }

    public String mediaType() {
      return mediaType;
    }

    public String extension() {
      return extension;
    }
  }

  @Inject EvidenceBank bank;

  @Inject Councils councils;

  /**
   * Checks now – before anything is sent – that the caller may read the council (404 otherwise),
   * and returns the council's name for the file name.
   */
  public String councilName(long councilId) {
    bank.search(councilId, EvidenceFilter.none(), new PageRequest(1, 1));
    return councils.get(councilId).getName();
  }

  /** Writes every item matching {@code filter}, by reference; returns how many. */
  public long write(long councilId, EvidenceFilter filter, Format format, OutputStream out)
      throws IOException {
    Map<String, String> categoryNames =
        bank.categories().stream()
            .collect(Collectors.toMap(EvidenceCategory::getCode, EvidenceCategory::getName));
    EvidenceTableWriter writer =
        format == Format.CSV
            ? new EvidenceCsv(out)
            : new EvidenceXlsx(out, "Evidence bank – " + councils.get(councilId).getName());
    LocalDate today = LocalDate.now(EvidenceItem.UK);
    long written = 0;
    int pageNumber = 1;
    Page<EvidenceItem> page;
    do {
      page = bank.search(councilId, filter, new PageRequest(pageNumber++, PageRequest.MAX_SIZE));
      for (EvidenceItem item : page.items()) {
        writer.add(EvidenceRow.of(item, today, categoryNames));
        written++;
      }
    } while (page.hasNext());
    writer.finish();
    return written;
  }
}
