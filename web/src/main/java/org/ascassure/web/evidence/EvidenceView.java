package org.ascassure.web.evidence;

import java.util.List;
import org.ascassure.evidence.entity.EvidenceItem;
import org.ascassure.evidence.entity.StoredFile;

/**
 * An evidence item as clients read it. {@code status} is what was recorded; {@code effectiveStatus}
 * what it means today (a current item past its review-by date has expired).
 */
public record EvidenceView(
    long id,
    long councilId,
    String ref,
    String title,
    String description,
    List<String> categories,
    List<String> statements,
    String owner,
    String evidenceDate,
    String reviewBy,
    String status,
    String effectiveStatus,
    String link,
    String withdrawalReason,
    FileView file,
    String createdAt,
    String createdBy,
    String updatedAt,
    String updatedBy,
    long version) {

  /** The uploaded file's description; its content is at {@code /api/v1/evidence/{id}/file}. */
  public record FileView(String name, String mediaType, long size, String sha256) {
    static FileView of(StoredFile file) {
      return new FileView(file.fileName(), file.mediaType(), file.size(), file.sha256());
    }
  }

  static EvidenceView of(EvidenceItem e) {
    return new EvidenceView(
        e.getId(),
        e.getCouncil().getId(),
        e.getRef().toString(),
        e.getTitle(),
        e.getDescription(),
        e.getCategoryCodes().stream().sorted().toList(),
        e.getStatementCodes().stream().sorted().toList(),
        e.getOwner(),
        e.getEvidenceDate() == null ? null : e.getEvidenceDate().toString(),
        e.getReviewBy() == null ? null : e.getReviewBy().toString(),
        e.getStatus().name(),
        e.effectiveStatus().name(),
        e.getLink(),
        e.getWithdrawalReason(),
        e.getFile().map(FileView::of).orElse(null),
        e.getCreatedAt() + "Z",
        e.getCreatedBy(),
        e.getUpdatedAt() + "Z",
        e.getUpdatedBy(),
        e.getVersion());
  }
}
