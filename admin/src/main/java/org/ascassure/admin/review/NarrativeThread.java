package org.ascassure.admin.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ascassure.admin.platform.Messages;
import org.ascassure.admin.selfassessment.CouncilRoles;
import org.ascassure.admin.selfassessment.PartPage;
import org.ascassure.platform.boundary.DomainException;
import org.ascassure.review.boundary.Reviews;
import org.ascassure.review.entity.Review;
import org.ascassure.review.entity.Verdict;

/**
 * The reviews of the part on the page: auditors record a verdict and resolve; leads answer a query
 * or a rejection. Each open review has its own answer and note boxes, kept when a save is refused.
 */
@Named
@ViewScoped
public class NarrativeThread implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Reviews reviews;

  @Inject PartPage part;

  @Inject transient CouncilRoles roles;

  private Verdict verdict;
  private String text;
  private final Map<Long, String> answers = new HashMap<>();
  private final Map<Long, String> notes = new HashMap<>();
  private transient List<Review> thread;

  public List<Review> getThread() {
    if (thread == null) {
      thread = reviews.ofNarrative(part.getId(), part.getSlot());
    }
    return thread;
  }

  public boolean isAuditor() {
    return roles.isAuditor(part.getCouncilId());
  }

  /** Leads and directors answer; auditors may add a follow-up too. */
  public boolean isMayAnswer() {
    return roles.mayManage(part.getCouncilId()) || isAuditor();
  }

  public Verdict[] getVerdicts() {
    return Verdict.values();
  }

  public void record() {
    try {
      Review review = reviews.onNarrative(part.getId(), part.getSlot(), verdict, text);
      Messages.info("Your verdict \"" + review.getVerdict().label() + "\" has been recorded.");
      verdict = null;
      text = null;
      thread = null;
    } catch (DomainException rejected) {
      Messages.of(rejected);
    }
  }

  public void answer(Long reviewId) {
    try {
      reviews.reply(reviewId, answers.get(reviewId));
      Messages.info("Your answer has been added to the thread.");
      answers.remove(reviewId);
      thread = null;
    } catch (DomainException rejected) {
      Messages.of(rejected);
    }
  }

  public void resolve(Long reviewId) {
    try {
      reviews.resolve(reviewId, notes.get(reviewId));
      Messages.info("The review has been resolved.");
      notes.remove(reviewId);
      thread = null;
    } catch (DomainException rejected) {
      Messages.of(rejected);
    }
  }

  public Verdict getVerdict() {
    return verdict;
  }

  public void setVerdict(Verdict verdict) {
    this.verdict = verdict;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Map<Long, String> getAnswers() {
    return answers;
  }

  public Map<Long, String> getNotes() {
    return notes;
  }
}
