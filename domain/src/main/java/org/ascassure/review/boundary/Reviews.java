package org.ascassure.review.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ascassure.evidence.boundary.EvidenceBank;
import org.ascassure.evidence.entity.EvidenceItem;
import org.ascassure.evidence.entity.EvidenceStatus;
import org.ascassure.platform.boundary.FieldError;
import org.ascassure.platform.boundary.InvalidInputException;
import org.ascassure.platform.boundary.NotFoundException;
import org.ascassure.platform.control.CurrentCaller;
import org.ascassure.review.entity.Review;
import org.ascassure.review.entity.ReviewReply;
import org.ascassure.review.entity.ReviewTarget;
import org.ascassure.review.entity.Verdict;
import org.ascassure.security.boundary.Access;
import org.ascassure.security.entity.Role;
import org.ascassure.selfassessment.boundary.SelfAssessments;
import org.ascassure.selfassessment.entity.Narrative;
import org.ascassure.selfassessment.entity.SelfAssessment;
import org.ascassure.selfassessment.entity.SelfAssessmentStatus;

/**
 * Auditors' verdicts and the threads that follow them. Auditors (and administrators) record and
 * resolve; leads, directors and auditors of the council reply; everyone at the council reads.
 */
@Stateless
public class Reviews {

  @PersistenceContext EntityManager em;

  @Inject Access access;

  @Inject EvidenceBank evidence;

  @Inject SelfAssessments selfAssessments;

  /** Something an auditor should look at, and why. */
  public record QueueEntry(
      ReviewTarget targetType,
      long targetId,
      Long selfAssessmentId,
      String slot,
      String label,
      String reason,
      Long reviewId) {}

  public Review onEvidence(long evidenceId, Verdict verdict, String text) {
    EvidenceItem item = evidence.get(evidenceId);
    long councilId = item.getCouncil().getId();
    access.requireRole(councilId, "record a review verdict", Role.AUDITOR);
    return record(
        new Review(
            councilId,
            ReviewTarget.EVIDENCE,
            item.getId(),
            null,
            labelOf(item),
            item.getVersion(),
            checked(verdict, text),
            clean(text)));
  }

  public Review onNarrative(long selfAssessmentId, String slot, Verdict verdict, String text) {
    Narrative narrative = selfAssessments.narrative(selfAssessmentId, slot);
    SelfAssessment sa = narrative.getSelfAssessment();
    long councilId = sa.getCouncil().getId();
    access.requireRole(councilId, "record a review verdict", Role.AUDITOR);
    return record(
        new Review(
            councilId,
            ReviewTarget.NARRATIVE,
            narrative.getId(),
            sa.getId(),
            labelOf(narrative),
            narrative.getVersion(),
            checked(verdict, text),
            clean(text)));
  }

  public List<Review> ofEvidence(long evidenceId) {
    EvidenceItem item = evidence.get(evidenceId);
    return ofTarget(ReviewTarget.EVIDENCE, item.getId());
  }

  public List<Review> ofNarrative(long selfAssessmentId, String slot) {
    Narrative narrative = selfAssessments.narrative(selfAssessmentId, slot);
    return ofTarget(ReviewTarget.NARRATIVE, narrative.getId());
  }

  public Optional<Review> find(long id) {
    return Optional.ofNullable(em.find(Review.class, id))
        .filter(r -> access.canRead(r.getCouncilId()));
  }

  public Review get(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("Review", id));
  }

  /** A lead's answer, or the auditor's follow-up, in an open review's thread. */
  public ReviewReply reply(long reviewId, String text) {
    Review review = get(reviewId);
    access.requireRole(
        review.getCouncilId(), "reply to a review", Role.LEAD, Role.DIRECTOR, Role.AUDITOR);
    if (text == null || text.isBlank()) {
      throw new InvalidInputException("text", "Write the reply.");
    }
    if (text.strip().length() > Review.TEXT_LENGTH) {
      throw new InvalidInputException(
          "text", "The reply may have at most " + Review.TEXT_LENGTH + " characters.");
    }
    ReviewReply reply = review.reply(CurrentCaller.name(), text.strip());
    em.persist(reply);
    em.flush();
    return reply;
  }

  /** An auditor closes a query or rejection, saying why when they wish. */
  public Review resolve(long reviewId, String note) {
    Review review = get(reviewId);
    access.requireRole(review.getCouncilId(), "resolve a review", Role.AUDITOR);
    if (note != null && note.strip().length() > Review.TEXT_LENGTH) {
      throw new InvalidInputException(
          "note", "The note may have at most " + Review.TEXT_LENGTH + " characters.");
    }
    review.resolve(CurrentCaller.name(), LocalDateTime.now(ZoneOffset.UTC), clean(note));
    em.flush();
    return review;
  }

  /** The newest verdict on each evidence item of a council that has one, by item id. */
  public Map<Long, Review> latestOnEvidence(long councilId) {
    access.requireRead(councilId);
    Map<Long, Review> latest = new HashMap<>();
    for (Review r : ofCouncil(councilId)) {
      if (r.getTargetType() == ReviewTarget.EVIDENCE) {
        latest.putIfAbsent(r.getTargetId(), r);
      }
    }
    return latest;
  }

  /** Open queries and rejections at a council, oldest first: what leads have to answer. */
  public List<Review> open(long councilId) {
    access.requireRead(councilId);
    return em.createNamedQuery(Review.OPEN_OF_COUNCIL, Review.class)
        .setParameter("councilId", councilId)
        .getResultList();
  }

  /**
   * What an auditor of the council should look at next: answers awaiting their decision, then
   * evidence and narratives never reviewed or changed since their last verdict.
   */
  public List<QueueEntry> queue(long councilId) {
    access.requireRole(councilId, "see the review queue", Role.AUDITOR);
    List<QueueEntry> queue = new ArrayList<>();
    for (Review r : open(councilId)) {
      if (r.answered()) {
        queue.add(
            new QueueEntry(
                r.getTargetType(),
                r.getTargetId(),
                r.getSelfAssessmentId(),
                null,
                r.getTargetLabel(),
                "Answered: awaiting your decision",
                r.getId()));
      }
    }
    Map<String, Review> latest = new HashMap<>();
    for (Review r : ofCouncil(councilId)) {
      latest.putIfAbsent(r.getTargetType() + ":" + r.getTargetId(), r);
    }
    for (EvidenceItem item : evidence.allOfCouncil(councilId)) {
      if (item.effectiveStatus() == EvidenceStatus.WITHDRAWN) {
        continue;
      }
      reason(latest.get(ReviewTarget.EVIDENCE + ":" + item.getId()), item.getVersion())
          .ifPresent(
              why ->
                  queue.add(
                      new QueueEntry(
                          ReviewTarget.EVIDENCE,
                          item.getId(),
                          null,
                          null,
                          labelOf(item),
                          why,
                          null)));
    }
    for (SelfAssessment sa :
        em.createNamedQuery(SelfAssessment.OF_COUNCIL, SelfAssessment.class)
            .setParameter("councilId", councilId)
            .getResultList()) {
      if (sa.getStatus() == SelfAssessmentStatus.SUPERSEDED) {
        continue;
      }
      for (Narrative n : sa.getNarratives()) {
        if (n.isEmpty()) {
          continue;
        }
        reason(latest.get(ReviewTarget.NARRATIVE + ":" + n.getId()), n.getVersion())
            .ifPresent(
                why ->
                    queue.add(
                        new QueueEntry(
                            ReviewTarget.NARRATIVE,
                            n.getId(),
                            sa.getId(),
                            n.getSlot(),
                            labelOf(n),
                            why,
                            null)));
      }
    }
    return queue;
  }

  private static Optional<String> reason(Review latest, long currentVersion) {
    if (latest == null) {
      return Optional.of("Not reviewed yet");
    }
    if (currentVersion > latest.getTargetVersion() && !latest.isOpen()) {
      return Optional.of(
          "Changed since your " + latest.getVerdict().label().toLowerCase() + " verdict");
    }
    return Optional.empty();
  }

  private List<Review> ofCouncil(long councilId) {
    return em.createNamedQuery(Review.OF_COUNCIL, Review.class)
        .setParameter("councilId", councilId)
        .getResultList();
  }

  private List<Review> ofTarget(ReviewTarget type, long targetId) {
    return em.createNamedQuery(Review.OF_TARGET, Review.class)
        .setParameter("type", type)
        .setParameter("targetId", targetId)
        .getResultList();
  }

  private Review record(Review review) {
    em.persist(review);
    em.flush();
    return review;
  }

  private static Verdict checked(Verdict verdict, String text) {
    List<FieldError> errors = new ArrayList<>();
    if (verdict == null) {
      errors.add(
          new FieldError("verdict", "The verdict is required: ACCEPTED, QUERIED or REJECTED."));
    } else if (verdict.needsText() && (text == null || text.isBlank())) {
      errors.add(
          new FieldError(
              "text",
              verdict == Verdict.QUERIED
                  ? "A query needs the question for the lead."
                  : "A rejection needs its reason."));
    }
    if (text != null && text.strip().length() > Review.TEXT_LENGTH) {
      errors.add(
          new FieldError(
              "text", "The text may have at most " + Review.TEXT_LENGTH + " characters."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The verdict cannot be recorded.", errors);
    }
    return verdict;
  }

  private static String clean(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static String labelOf(EvidenceItem item) {
    return truncate(item.getRef() + " " + item.getTitle());
  }

  private static String labelOf(Narrative n) {
    return truncate(n.getSelfAssessment().getTitle() + ": " + SelfAssessments.label(n));
  }

  private static String truncate(String label) {
    return label.length() <= Review.LABEL_LENGTH
        ? label
        : label.substring(0, Review.LABEL_LENGTH - 1) + "…";
  }
}
