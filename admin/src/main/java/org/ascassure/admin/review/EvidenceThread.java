package org.ascassure.admin.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ascassure.admin.evidence.EvidenceItemPage;
import org.ascassure.admin.selfassessment.CouncilRoles;
import org.ascassure.review.boundary.Reviews;
import org.ascassure.review.entity.Review;
import org.ascassure.review.entity.Verdict;

/**
 * The reviews of the evidence item on the page: auditors record a verdict (accepted, queried with a
 * question, rejected with a reason) and resolve; the council's leads answer. Directors and others
 * read only.
 */
@Named
@ViewScoped
public class EvidenceThread extends ReviewThread {

  private static final long serialVersionUID = 1L;

  @Inject EvidenceItemPage page;

  @Override
  protected Long councilId() {
    return page.getItem() == null ? null : page.getItem().getCouncil().getId();
  }

  @Override
  protected List<Review> load(Reviews reviews) {
    return reviews.ofEvidence(page.getItem().getId());
  }

  @Override
  protected Review recordVerdict(Reviews reviews, Verdict verdict, String text) {
    return reviews.onEvidence(page.getItem().getId(), verdict, text);
  }

  @Override
  protected boolean answers(CouncilRoles roles, long councilId) {
    return roles.isLead(councilId);
  }

  @Override
  public String getSubject() {
    return "this evidence item";
  }
}
