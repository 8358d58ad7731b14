package org.ascassure.admin.review;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.ascassure.admin.platform.Navigation;
import org.ascassure.admin.selfassessment.CouncilRoles;
import org.ascassure.council.boundary.Councils;
import org.ascassure.council.entity.Council;
import org.ascassure.review.boundary.Reviews;
import org.ascassure.review.entity.Review;
import org.ascassure.review.entity.ReviewTarget;
import org.ascassure.selfassessment.boundary.SelfAssessments;
import org.ascassure.selfassessment.entity.Narrative;

/**
 * The leads' "Open queries" (every council they work for) and an auditor's "Review queue" (one
 * council at a time, as it lists everything not yet reviewed).
 */
@Named
@RequestScoped
public class ReviewListsPage {

  @Inject Reviews reviews;

  @Inject SelfAssessments selfAssessments;

  @Inject Councils councils;

  @Inject CouncilRoles roles;

  private Long councilId;
  private Council council;
  private List<Line> open;
  private List<Line> queue;

  /** One line of either list; {@code slot} is set when the thing is a narrative. */
  public static final class Line {
    private final String council;
    private final String label;
    private final String what;
    private final String detail;
    private final Long selfAssessmentId;
    private final String slot;

    Line(String council, String label, String what, String detail, Long saId, String slot) {
      this.council = council;
      this.label = label;
      this.what = what;
      this.detail = detail;
      this.selfAssessmentId = saId;
      this.slot = slot;
    }

    public String getCouncil() {
      return council;
    }

    public String getLabel() {
      return label;
    }

    public String getWhat() {
      return what;
    }

    public String getDetail() {
      return detail;
    }

    public Long getSelfAssessmentId() {
      return selfAssessmentId;
    }

    public String getSlot() {
      return slot;
    }
  }

  public void loadQueue() {
    if (councilId != null && (getCouncil() == null || !roles.isAuditor(councilId))) {
      Navigation.notFound();
    }
  }

  public List<Line> getOpen() {
    if (open != null) {
      return open;
    }
    List<Line> lines = new ArrayList<>();
    for (Long id : roles.memberOf()) {
      if (!roles.mayManage(id)) {
        continue;
      }
      String name = councils.find(id).map(Council::getName).orElse("");
      for (Review r : reviews.open(id)) {
        lines.add(
            new Line(
                name,
                r.getTargetLabel(),
                r.getVerdict().label() + (r.answered() ? " – answered" : " – awaiting your answer"),
                r.getText(),
                r.getSelfAssessmentId(),
                slotOf(r.getTargetType(), r.getSelfAssessmentId(), r.getTargetId())));
      }
    }
    open = lines;
    return lines;
  }

  public List<Line> getQueue() {
    if (councilId == null) {
      return List.of();
    }
    if (queue != null) {
      return queue;
    }
    String name = getCouncil().getName();
    queue =
        reviews.queue(councilId).stream()
            .map(
                e ->
                    new Line(
                        name,
                        e.label(),
                        e.reason(),
                        null,
                        e.selfAssessmentId(),
                        e.slot() != null
                            ? e.slot()
                            : slotOf(e.targetType(), e.selfAssessmentId(), e.targetId())))
            .toList();
    return queue;
  }

  /** The councils the caller audits, to choose a queue from. */
  public List<Council> getAudited() {
    return roles.memberOf().stream()
        .filter(roles::isAuditor)
        .map(id -> councils.find(id).orElse(null))
        .filter(c -> c != null)
        .toList();
  }

  private String slotOf(ReviewTarget type, Long saId, long narrativeId) {
    if (type != ReviewTarget.NARRATIVE || saId == null) {
      return null;
    }
    return selfAssessments.get(saId).getNarratives().stream()
        .filter(n -> n.getId() == narrativeId)
        .map(Narrative::getSlot)
        .findFirst()
        .orElse(null);
  }

  public Council getCouncil() {
    if (council == null && councilId != null) {
      council = councils.find(councilId).orElse(null);
    }
    return council;
  }

  public Long getCouncilId() {
    return councilId;
  }

  public void setCouncilId(Long councilId) {
    this.councilId = councilId;
  }
}
