package org.ascassure.reports.evidence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.ascassure.evidence.entity.EvidenceItem;
import org.ascassure.evidence.entity.StoredFile;

/**
 * One evidence item as an export lists it: every field a person could want in a spreadsheet (who
 * added and last changed it and when, in UK time; the file's name, type, size and checksum), the
 * status as it reads today (a current item past its review-by date is "Expired").
 */
public record EvidenceRow(
    String ref,
    String title,
    String description,
    List<String> categories,
    List<String> statements,
    String owner,
    LocalDate evidenceDate,
    LocalDateTime added,
    String addedBy,
    LocalDateTime changed,
    String changedBy,
    LocalDate reviewBy,
    String status,
    String withdrawalReason,
    String link,
    String fileName,
    String fileMediaType,
    Long fileSize,
    String fileSha256) {

  public EvidenceRow {
    categories = List.copyOf(categories);
    statements = List.copyOf(statements);
  }

  /** The item's row, categories named as the framework names them (codes it does not know stay). */
  public static EvidenceRow of(
      EvidenceItem item, LocalDate today, Map<String, String> categoryNames) {
    StoredFile file = item.getFile().orElse(null);
    return new EvidenceRow(
        item.getRef().toString(),
        item.getTitle(),
        item.getDescription(),
        item.getCategoryCodes().stream()
            .sorted()
            .map(code -> categoryNames.getOrDefault(code, code))
            .toList(),
        item.getStatementCodes().stream().sorted(EvidenceRow::byNumber).toList(),
        item.getOwner(),
        item.getEvidenceDate(),
        ukTime(item.getCreatedAt()),
        item.getCreatedBy(),
        ukTime(item.getUpdatedAt()),
        item.getUpdatedBy(),
        item.getReviewBy(),
        item.effectiveStatus(today).label(),
        item.getWithdrawalReason(),
        item.getLink(),
        file == null ? null : file.fileName(),
        file == null ? null : file.mediaType(),
        file == null ? null : file.size(),
        file == null ? null : file.sha256());
  }

  /**
   * The audit stamps are kept in UTC; a spreadsheet reader means the time on the council's clock.
   */
  static LocalDateTime ukTime(LocalDateTime utc) {
    return utc == null
        ? null
        : utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(EvidenceItem.UK).toLocalDateTime();
  }

  /** QS2 before QS10: statements in the framework's order, not the alphabet's. */
  private static int byNumber(String a, String b) {
    return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
  }
}
