package org.ascassure.admin.review;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ascassure.admin.platform.Messages;
import org.ascassure.admin.selfassessment.CouncilRoles;
import org.ascassure.platform.boundary.DomainException;
import org.ascassure.review.boundary.Reviews;
import org.ascassure.review.entity.Review;
import org.ascassure.review.entity.Verdict;

/**
 * The reviews of one thing on the page (a narrative part, an evidence item) with their threads:
 * auditors record a verdict and resolve; whoever {@link #isMayAnswer()} answers. Each open review
 * has its own answer and note boxes, kept when a save is refused. {@code reviews/thread.xhtml}
 * shows any subclass.
 */
public abstract class ReviewThread implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Reviews reviews;

  @Inject transient CouncilRoles roles;

  private Verdict verdict;
  private String text;
  private final Map<Long, String> answers = new HashMap<>();
  private final Map<Long, String> notes = new HashMap<>();
  private transient List<Review> thread;

  /** The council of the thing reviewed; null while there is none (a new item). */
  protected abstract Long councilId();

  protected abstract List<Review> load(Reviews reviews);

  protected abstract Review recordVerdict(Reviews reviews, Verdict verdict, String text);

  /** Whether the caller may answer in the thread, besides the auditors. */
  protected abstract boolean answers(CouncilRoles roles, long councilId);

  /** What is reviewed, for the empty thread's sentence ("this part", "this evidence item"). */
  public abstract String getSubject();

  public boolean isShown() {
    return councilId() != null;
  }

  public List<Review> getThread() {
    if (thread == null) {
      thread = councilId() == null ? List.of() : load(reviews);
    }
    return thread;
  }

  public boolean isAuditor() {
    return councilId() != null && roles.isAuditor(councilId());
  }

  public boolean isMayAnswer() {
    return councilId() != null && (answers(roles, councilId()) || isAuditor());
  }

  public Verdict[] getVerdicts() {
    return Verdict.values();
  }

  public void record() {
    try {
      Review review = recordVerdict(reviews, verdict, text);
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
