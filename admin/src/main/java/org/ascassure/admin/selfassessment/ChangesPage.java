package org.ascassure.admin.selfassessment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ascassure.admin.platform.Messages;
import org.ascassure.admin.platform.Navigation;
import org.ascassure.platform.boundary.DomainException;
import org.ascassure.platform.boundary.NotFoundException;
import org.ascassure.selfassessment.boundary.SelfAssessments;
import org.ascassure.selfassessment.control.VersionChanges;
import org.ascassure.selfassessment.entity.PublishedVersion;
import org.ascassure.selfassessment.entity.SelfAssessment;

/**
 * What changed between two published versions of a self-assessment, or between a version and the
 * working draft: the parts whose words changed, each with a word diff, the changed self-scores, and
 * how many parts stayed as they were. A plain GET form chooses the two, so a comparison has an
 * address.
 */
@Named
@RequestScoped
public class ChangesPage {

  /** The value of "to" that means the working draft. */
  public static final String DRAFT = "draft";

  @Inject SelfAssessments selfAssessments;

  private Long id;
  private Integer from;
  private String to;

  private SelfAssessment sa;
  private List<PublishedVersion> versions;
  private VersionChanges.Changes changes;

  /** A changed part as the page shows it. */
  public record Part(
      String slot, String label, int wordsAdded, int wordsRemoved, List<DiffRun> runs) {}

  public void load() {
    try {
      sa = selfAssessments.get(id == null ? -1 : id);
    } catch (NotFoundException missing) {
      Navigation.notFound();
      return;
    }
    versions = selfAssessments.versions(id);
    if (versions.isEmpty()) {
      return;
    }
    if (to == null || to.isBlank()) {
      to = DRAFT;
    }
    if (from == null) {
      // the newest version against the draft, or the two newest when "to" is a version
      from = versions.get(0).getNumber();
    }
    try {
      Integer later = DRAFT.equals(to) ? null : Integer.valueOf(to);
      changes = selfAssessments.changes(id, from, later);
    } catch (NumberFormatException notANumber) {
      Messages.error("Choose a published version or the working draft to compare with.");
    } catch (DomainException unknown) {
      Messages.error(unknown.getMessage());
    }
  }

  public List<Part> getParts() {
    return changes.parts().stream()
        .map(
            p ->
                new Part(
                    p.slot(),
                    p.label(),
                    p.wordsAdded(),
                    p.wordsRemoved(),
                    DiffRun.of(p.segments())))
        .toList();
  }

  /** A score as a person reads it. */
  public String score(Integer score) {
    return score == null ? "Not scored" : String.valueOf(score);
  }

  /** What a side of the comparison is called: v2, or "the working draft". */
  public String side(String label) {
    return DRAFT.equals(label) ? "the working draft" : label;
  }

  public SelfAssessment getSa() {
    return sa;
  }

  public List<PublishedVersion> getVersions() {
    return versions;
  }

  public VersionChanges.Changes getChanges() {
    return changes;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Integer getFrom() {
    return from;
  }

  public void setFrom(Integer from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }
}
