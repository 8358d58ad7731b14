package org.ascassure.review.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ascassure.platform.boundary.ConflictException;
import org.ascassure.platform.entity.Tracked;

/** An auditor's verdict on one evidence item or narrative, with its thread of replies. */
@Entity
@Table(name = "review")
@NamedQuery(
    name = Review.OF_TARGET,
    query =
        "select r from Review r where r.targetType = :type and r.targetId = :targetId"
            + " order by r.createdAt desc, r.id desc")
@NamedQuery(
    name = Review.OF_COUNCIL,
    query =
        "select r from Review r where r.councilId = :councilId order by r.createdAt desc, r.id desc")
@NamedQuery(
    name = Review.OPEN_OF_COUNCIL,
    query =
        "select r from Review r where r.councilId = :councilId and r.open = true"
            + " order by r.createdAt, r.id")
public class Review extends Tracked {

  public static final String OF_TARGET = "Review.ofTarget";
  public static final String OF_COUNCIL = "Review.ofCouncil";
  public static final String OPEN_OF_COUNCIL = "Review.openOfCouncil";
  public static final int TEXT_LENGTH = 4000;
  public static final int LABEL_LENGTH = 400;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "council_id", nullable = false, updatable = false)
  private long councilId;

  @Enumerated(EnumType.STRING)
  @Column(name = "target_type", nullable = false, updatable = false, length = 20)
  private ReviewTarget targetType;

  @Column(name = "target_id", nullable = false, updatable = false)
  private long targetId;

  /** The self-assessment a reviewed narrative belongs to; empty for evidence. */
  @Column(name = "self_assessment_id", updatable = false)
  private Long selfAssessmentId;

  /** How the target was called when reviewed, e.g. "E15 Carers' survey 2025". */
  @Column(name = "target_label", nullable = false, length = LABEL_LENGTH)
  private String targetLabel;

  /** The target's own version when reviewed: a later change means it needs another look. */
  @Column(name = "target_version", nullable = false, updatable = false)
  private long targetVersion;

  @Enumerated(EnumType.STRING)
  @Column(name = "verdict", nullable = false, updatable = false, length = 20)
  private Verdict verdict;

  @Column(name = "verdict_text", length = TEXT_LENGTH, updatable = false)
  private String text;

  @Column(name = "is_open", nullable = false)
  private boolean open;

  @Column(name = "resolved_at")
  private LocalDateTime resolvedAt;

  @Column(name = "resolved_by", length = 100)
  private String resolvedBy;

  @Column(name = "resolution_note", length = TEXT_LENGTH)
  private String resolutionNote;

  @OneToMany(mappedBy = "review", cascade = CascadeType.ALL)
  @OrderBy("createdAt, id")
  private List<ReviewReply> replies = new ArrayList<>();

  protected Review() {}

  public Review(
      long councilId,
      ReviewTarget targetType,
      long targetId,
      Long selfAssessmentId,
      String targetLabel,
      long targetVersion,
      Verdict verdict,
      String text) {
    this.councilId = councilId;
    this.targetType = targetType;
    this.targetId = targetId;
    this.selfAssessmentId = selfAssessmentId;
    this.targetLabel = targetLabel;
    this.targetVersion = targetVersion;
    this.verdict = verdict;
    this.text = text;
    this.open = verdict.needsText();
  }

  public ReviewReply reply(String by, String replyText) {
    if (!open) {
      throw new ConflictException(
          "This "
              + verdict.label().toLowerCase()
              + " review is closed; record a new verdict to raise it again.");
    }
    ReviewReply reply = new ReviewReply(this, by, replyText);
    replies.add(reply);
    return reply;
  }

  public void resolve(String by, LocalDateTime at, String note) {
    if (!open) {
      throw new ConflictException("This review is already closed.");
    }
    open = false;
    resolvedBy = by;
    resolvedAt = at;
    resolutionNote = note;
  }

  /** Whether the newest word in the thread is someone else's than the auditor who raised it. */
  public boolean answered() {
    return !replies.isEmpty()
        && !replies.get(replies.size() - 1).getAuthor().equals(getCreatedBy());
  }

  public Long getId() {
    return id;
  }

  public long getCouncilId() {
    return councilId;
  }

  public ReviewTarget getTargetType() {
    return targetType;
  }

  public long getTargetId() {
    return targetId;
  }

  public Long getSelfAssessmentId() {
    return selfAssessmentId;
  }

  public String getTargetLabel() {
    return targetLabel;
  }

  public long getTargetVersion() {
    return targetVersion;
  }

  public Verdict getVerdict() {
    return verdict;
  }

  public String getText() {
    return text;
  }

  public boolean isOpen() {
    return open;
  }

  public LocalDateTime getResolvedAt() {
    return resolvedAt;
  }

  public String getResolvedBy() {
    return resolvedBy;
  }

  public String getResolutionNote() {
    return resolutionNote;
  }

  public List<ReviewReply> getReplies() {
    return replies;
  }

  @Override
  public String auditType() {
    return "Review";
  }

  @Override
  public Object auditId() {
    return id;
  }

  @Override
  public Long auditCouncilId() {
    return councilId;
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("target", targetType == null ? null : targetType.name() + " " + targetId);
    state.put("verdict", verdict == null ? null : verdict.name());
    state.put("text", text);
    state.put("open", open);
    state.put("resolutionNote", resolutionNote);
    return state;
  }
}
