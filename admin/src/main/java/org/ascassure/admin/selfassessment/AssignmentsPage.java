package org.ascassure.admin.selfassessment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ascassure.platform.boundary.PageRequest;
import org.ascassure.security.entity.Role;
import org.ascassure.selfassessment.boundary.SelfAssessments;
import org.ascassure.selfassessment.control.NarrativeHtml;
import org.ascassure.selfassessment.entity.Narrative;
import org.ascassure.selfassessment.entity.SelfAssessment;

/**
 * "My work": the parts the signed-in lead may write in their councils' self-assessments that are
 * still being written, the empty ones first.
 */
@Named
@RequestScoped
public class AssignmentsPage {

  @Inject SelfAssessments selfAssessments;

  @Inject CouncilRoles roles;

  private List<Assignment> assignments;

  /** One part to write. */
  public record Assignment(
      long selfAssessmentId,
      String council,
      String selfAssessment,
      String slot,
      String label,
      int words,
      boolean unwritten) {}

  public List<Assignment> getAssignments() {
    if (assignments == null) {
      assignments = new ArrayList<>();
      for (Long councilId : roles.memberOf()) {
        if (!roles.has(councilId, Role.LEAD)) {
          continue;
        }
        for (SelfAssessment sa :
            selfAssessments.ofCouncil(councilId, new PageRequest(1, 100)).items()) {
          if (!sa.getStatus().isEditable()) {
            continue;
          }
          for (Narrative n : selfAssessments.assignments(sa.getId())) {
            assignments.add(
                new Assignment(
                    sa.getId(),
                    sa.getCouncil().getName(),
                    sa.getTitle(),
                    n.getSlot(),
                    SelfAssessments.label(n),
                    NarrativeHtml.words(n.getBodyHtml()),
                    n.isEmpty()));
          }
        }
      }
      // stable: within empty and written, the document's own order stays
      assignments.sort(Comparator.comparing((Assignment a) -> !a.unwritten()));
    }
    return assignments;
  }

  public long getEmptyCount() {
    return getAssignments().stream().filter(Assignment::unwritten).count();
  }
}
