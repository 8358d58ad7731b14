package org.ascassure.web.review;

import java.time.LocalDateTime;
import java.util.List;
import org.ascassure.review.entity.Review;
import org.ascassure.review.entity.ReviewReply;

/** A review as clients read it, with its thread. */
public record ReviewView(
    long id,
    long councilId,
    String targetType,
    long targetId,
    Long selfAssessmentId,
    String targetLabel,
    String verdict,
    String text,
    boolean open,
    boolean answered,
    LocalDateTime createdAt,
    String createdBy,
    LocalDateTime resolvedAt,
    String resolvedBy,
    String resolutionNote,
    List<Reply> replies) {

  /** One message of the thread. */
  public record Reply(long id, String author, LocalDateTime at, String text) {
    static Reply of(ReviewReply r) {
      return new Reply(r.getId(), r.getAuthor(), r.getCreatedAt(), r.getText());
    }
  }

  static ReviewView of(Review r) {
    return new ReviewView(
        r.getId(),
        r.getCouncilId(),
        r.getTargetType().name(),
        r.getTargetId(),
        r.getSelfAssessmentId(),
        r.getTargetLabel(),
        r.getVerdict().name(),
        r.getText(),
        r.isOpen(),
        r.answered(),
        r.getCreatedAt(),
        r.getCreatedBy(),
        r.getResolvedAt(),
        r.getResolvedBy(),
        r.getResolutionNote(),
        r.getReplies().stream().map(Reply::of).toList());
  }
}
