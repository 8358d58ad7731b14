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
import org.ascassure.selfassessment.control.NarrativeHtml;
import org.ascassure.selfassessment.control.TextDiff;
import org.ascassure.selfassessment.entity.Narrative;
import org.ascassure.selfassessment.entity.NarrativeRevision;

/**
 * A part's revisions (who saved what, when, how long) and a word diff between any two of them;
 * revision 0 is the empty text the part started from.
 */
@Named
@RequestScoped
public class HistoryPage {

  @Inject SelfAssessments selfAssessments;

  private Long id;
  private String slot;
  private Integer from;
  private Integer to;

  private Narrative narrative;
  private List<Row> revisions;
  private List<DiffRun> diff;

  /** One revision as the list shows it. */
  public record Row(int number, String by, java.time.LocalDateTime at, int words) {}

  public void load() {
    try {
      narrative = selfAssessments.narrative(id == null ? -1 : id, slot);
    } catch (NotFoundException missing) {
      Navigation.notFound();
      return;
    }
    slot = narrative.getSlot();
    revisions =
        selfAssessments.revisions(id, slot).stream()
            .map(
                (NarrativeRevision r) ->
                    new Row(
                        r.getNumber(),
                        r.getRevisedBy(),
                        r.getRevisedAt(),
                        NarrativeHtml.words(r.getBodyHtml())))
            .toList();
    int latest = narrative.getRevisionNumber();
    if (to == null) {
      to = latest;
    }
    if (from == null) {
      from = Math.max(0, to - 1);
    }
    if (latest > 0) {
      try {
        diff = DiffRun.of(selfAssessments.compare(id, slot, from, to));
      } catch (DomainException unknown) {
        Messages.error(unknown.getMessage());
      }
    }
  }

  public int[] getAddedRemoved() {
    return diff == null
        ? new int[] {0, 0}
        : TextDiff.wordsAddedRemoved(
            diff.stream()
                .map(
                    r ->
                        new TextDiff.Segment(
                            TextDiff.Kind.valueOf(r.kind().toUpperCase()), r.text()))
                .toList());
  }

  /** The numbers to choose from, newest first, down to the empty start. */
  public List<Integer> getNumbers() {
    return java.util.stream.IntStream.iterate(
            narrative.getRevisionNumber(), n -> n >= 0, n -> n - 1)
        .boxed()
        .toList();
  }

  public Narrative getNarrative() {
    return narrative;
  }

  public String getLabel() {
    return narrative == null ? "" : SelfAssessments.label(narrative);
  }

  public List<Row> getRevisions() {
    return revisions;
  }

  public List<DiffRun> getDiff() {
    return diff;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getSlot() {
    return slot;
  }

  public void setSlot(String slot) {
    this.slot = slot;
  }

  public Integer getFrom() {
    return from;
  }

  public void setFrom(Integer from) {
    this.from = from;
  }

  public Integer getTo() {
    return to;
  }

  public void setTo(Integer to) {
    this.to = to;
  }
}
