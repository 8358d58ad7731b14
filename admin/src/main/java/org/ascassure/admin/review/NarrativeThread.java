package org.ascassure.admin.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ascassure.admin.selfassessment.CouncilRoles;
import org.ascassure.admin.selfassessment.PartPage;
import org.ascassure.review.boundary.Reviews;
import org.ascassure.review.entity.Review;
import org.ascassure.review.entity.Verdict;

/**
 * The reviews of the part on the page: auditors record a verdict and resolve; leads and directors
 * answer a query or a rejection (auditors may add a follow-up).
 */
@Named
@ViewScoped
public class NarrativeThread extends ReviewThread {

  private static final long serialVersionUID = 1L;

  @Inject PartPage part;

  @Override
  protected Long councilId() {
    return part.getCouncilId();
  }

  @Override
  protected List<Review> load(Reviews reviews) {
    return reviews.ofNarrative(part.getId(), part.getSlot());
  }

  @Override
  protected Review recordVerdict(Reviews reviews, Verdict verdict, String text) {
    return reviews.onNarrative(part.getId(), part.getSlot(), verdict, text);
  }

  @Override
  protected boolean answers(CouncilRoles roles, long councilId) {
    return roles.mayManage(councilId);
  }

  @Override
  public String getSubject() {
    return "this part";
  }
}
