package org.ascassure.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ascassure.platform.entity.Tracked;

/** One message in a review's thread: a lead's answer or the auditor's follow-up. */
@Entity
@Table(name = "review_reply")
public class ReviewReply extends Tracked {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "review_id", updatable = false)
  private Review review;

  @Column(name = "author", nullable = false, updatable = false, length = 100)
  private String author;

  @Column(name = "reply_text", nullable = false, updatable = false, length = Review.TEXT_LENGTH)
  private String text;

  protected ReviewReply() {}

  ReviewReply(Review review, String author, String text) {
    this.review = review;
    this.author = author;
    this.text = text;
  }

  public Long getId() {
    return id;
  }

  public String getAuthor() {
    return author;
  }

  public String getText() {
    return text;
  }

  @Override
  public String auditType() {
    return "ReviewReply";
  }

  @Override
  public Object auditId() {
    return id;
  }

  @Override
  public Long auditCouncilId() {
    return review == null ? null : review.getCouncilId();
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("review", review == null ? null : review.getId());
    state.put("author", author);
    state.put("text", text);
    return state;
  }
}
