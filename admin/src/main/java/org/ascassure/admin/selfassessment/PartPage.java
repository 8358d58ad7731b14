package org.ascassure.admin.selfassessment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ascassure.admin.platform.Messages;
import org.ascassure.admin.platform.Navigation;
import org.ascassure.citation.boundary.Citations;
import org.ascassure.framework.entity.ScaleLevel;
import org.ascassure.platform.boundary.DomainException;
import org.ascassure.platform.boundary.NotFoundException;
import org.ascassure.platform.boundary.StaleVersionException;
import org.ascassure.selfassessment.boundary.SelfAssessments;
import org.ascassure.selfassessment.control.NarrativeHtml;
import org.ascassure.selfassessment.control.TextDiff;
import org.ascassure.selfassessment.entity.Narrative;
import org.ascassure.selfassessment.entity.NarrativePart;
import org.ascassure.selfassessment.entity.SelfAssessment;
import org.ascassure.selfassessment.entity.SelfScore;

/**
 * One part of a self-assessment: read it, or write it when the caller's assignment covers it. The
 * view keeps the version the text was read at; when someone else saved in between, the save is
 * refused by the domain and the page shows their text beside the caller's (which stays in the
 * editor), so the caller can merge and save against the newer version – nothing is lost.
 */
@Named
@ViewScoped
public class PartPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient SelfAssessments selfAssessments;

  @Inject transient Citations citations;

  @Inject transient org.ascassure.evidence.boundary.EvidenceBank evidence;

  private Long id;
  private String slot;
  private Long narrativeId;

  private String title;
  private long councilId;
  private String councilName;
  private String label;
  private String statementCode;
  private boolean mayWrite;
  private int revisionNumber;
  private List<Integer> scale = List.of();

  private long version;
  private String html;

  private boolean conflict;
  private long theirVersion;
  private int theirRevision;
  private String theirBy;
  private String theirHtml;
  private List<DiffRun> conflictDiff = List.of();

  /** Problems with this part's citations, once checked; empty when all is well. */
  private List<String> citationWarnings;

  private long scoreVersion;
  private Integer score;
  private String rationale;

  /** The view action: reads the part the address names. */
  public void load() {
    Narrative narrative;
    try {
      narrative = selfAssessments.narrative(id == null ? -1 : id, slot);
    } catch (NotFoundException missing) {
      Navigation.notFound();
      return;
    }
    SelfAssessment sa = narrative.getSelfAssessment();
    title = sa.getTitle();
    councilId = sa.getCouncil().getId();
    councilName = sa.getCouncil().getName();
    label = SelfAssessments.label(narrative);
    if (narrative.getPart().subject() == NarrativePart.Subject.THEME) {
      label =
          sa.getFramework().getThemes().stream()
                  .filter(t -> t.getCode().equals(narrative.getSubjectCode()))
                  .map(t -> t.getTitle())
                  .findFirst()
                  .orElse(narrative.getSubjectCode())
              + " – "
              + narrative.getPart().label();
    }
    slot = narrative.getSlot();
    narrativeId = narrative.getId();
    mayWrite = selfAssessments.mayWrite(sa, narrative.getPart(), narrative.getSubjectCode());
    version = narrative.getVersion();
    revisionNumber = narrative.getRevisionNumber();
    html = narrative.getBodyHtml();
    if (narrative.getPart() == NarrativePart.STATEMENT_PERFORMANCE) {
      statementCode = narrative.getSubjectCode();
      scale = sa.getFramework().getScale().stream().map(ScaleLevel::getScore).toList();
      sa.score(statementCode).ifPresent(this::readScore);
    }
    if (mayWrite && html != null && !html.isBlank()) {
      // broken citations are shown under the editor from the start, not only after a save
      checkCitations();
    }
  }

  /**
   * The council's evidence items for the editor's citation suggestions, as JSON: current ones first
   * (by reference), then drafts, expired and withdrawn ones, each with its status.
   */
  public String getCitationChoices() {
    var array = jakarta.json.Json.createArrayBuilder();
    evidence.allOfCouncil(councilId).stream()
        .sorted(
            java.util.Comparator.comparing(
                    (org.ascassure.evidence.entity.EvidenceItem i) ->
                        i.effectiveStatus() != org.ascassure.evidence.entity.EvidenceStatus.CURRENT)
                .thenComparing(i -> i.getRef()))
        .forEach(
            i ->
                array.add(
                    jakarta.json.Json.createObjectBuilder()
                        .add("ref", i.getRef().toString())
                        .add("title", i.getTitle())
                        .add("status", i.effectiveStatus().label())
                        .add(
                            "current",
                            i.effectiveStatus()
                                == org.ascassure.evidence.entity.EvidenceStatus.CURRENT)));
    return array.build().toString();
  }

  private void readScore(SelfScore selfScore) {
    scoreVersion = selfScore.getVersion();
    score = selfScore.getScore();
    rationale = selfScore.getRationale();
  }

  /** Saves the editor's text against the version it was read at. */
  public void save() {
    try {
      Narrative saved = selfAssessments.revise(id, slot, version, html);
      version = saved.getVersion();
      boolean changed = saved.getRevisionNumber() != revisionNumber;
      revisionNumber = saved.getRevisionNumber();
      html = saved.getBodyHtml();
      conflict = false;
      Messages.info(
          changed
              ? "Saved as revision " + revisionNumber + " (" + getWords() + " words)."
              : "Nothing had changed, so no new revision was made.");
      checkCitations();
    } catch (StaleVersionException stale) {
      Narrative theirs = selfAssessments.narrative(id, slot);
      conflict = true;
      theirVersion = theirs.getVersion();
      theirRevision = theirs.getRevisionNumber();
      theirBy = theirs.getUpdatedBy();
      theirHtml = theirs.getBodyHtml();
      conflictDiff =
          DiffRun.of(
              TextDiff.between(
                  NarrativeHtml.text(theirHtml), NarrativeHtml.text(NarrativeHtml.sanitise(html))));
      Messages.error(
          "Someone else changed this since you opened it, so your text was not saved yet. It is"
              + " still in the editor: compare it with theirs below, merge what you need into the"
              + " editor and save the merged text.");
    } catch (DomainException rejected) {
      Messages.of(rejected);
    }
  }

  /**
   * Checks the saved text's citations against the evidence bank: references that match no item
   * (with the one probably meant) and evidence that can no longer carry a claim.
   */
  public void checkCitations() {
    try {
      Citations.Report report = citations.report(id);
      List<String> warnings = new java.util.ArrayList<>();
      for (Citations.Unresolved u : report.unresolved()) {
        if (u.places().stream().anyMatch(p -> slot.equals(p.slot()))) {
          warnings.add(
              u.written()
                  + " matches no evidence item"
                  + (u.suggestion() == null
                      ? "."
                      : " – did you mean " + u.suggestion() + " (" + u.suggestionTitle() + ")?"));
        }
      }
      for (Citations.Cited c : report.problems()) {
        if (c.places().stream().anyMatch(p -> slot.equals(p.slot()))) {
          warnings.add(c.ref() + " (" + c.title() + "): " + c.problem());
        }
      }
      citationWarnings = warnings;
    } catch (DomainException unavailable) {
      Messages.of(unavailable);
    }
  }

  public List<String> getCitationWarnings() {
    return citationWarnings;
  }

  /** Saves the (merged) text in the editor over the newer version the conflict showed. */
  public void saveMerged() {
    version = theirVersion;
    save();
  }

  public void saveScore() {
    try {
      SelfScore saved =
          selfAssessments.proposeScore(id, statementCode, scoreVersion, score, rationale);
      readScore(saved);
      Messages.info(
          score == null
              ? "The self-score of " + statementCode + " has been withdrawn."
              : "The self-score of " + statementCode + " is now " + score + ".");
    } catch (StaleVersionException stale) {
      Messages.error(
          "Someone else changed the self-score of "
              + statementCode
              + " since you opened this page, so yours was not saved. Your entries are still in"
              + " the form; reload the page in a new tab to see theirs.");
    } catch (DomainException rejected) {
      Messages.of(rejected);
    }
  }

  /** The stored text, made safe again before it is shown (it was sanitised when saved). */
  public String getSafeHtml() {
    return NarrativeHtml.sanitise(html);
  }

  public String getTheirSafeHtml() {
    return NarrativeHtml.sanitise(theirHtml);
  }

  public int getWords() {
    return NarrativeHtml.words(html);
  }

  public String getTheirText() {
    return NarrativeHtml.text(theirHtml);
  }

  public String getYourText() {
    return NarrativeHtml.text(NarrativeHtml.sanitise(html));
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  /** The narrative's id, for its history from the audit trail. */
  public Long getNarrativeId() {
    return narrativeId;
  }

  public String getSlot() {
    return slot;
  }

  public void setSlot(String slot) {
    this.slot = slot;
  }

  public String getTitle() {
    return title;
  }

  public long getCouncilId() {
    return councilId;
  }

  public String getCouncilName() {
    return councilName;
  }

  public String getLabel() {
    return label;
  }

  public String getStatementCode() {
    return statementCode;
  }

  public boolean isMayWrite() {
    return mayWrite;
  }

  public int getRevisionNumber() {
    return revisionNumber;
  }

  public List<Integer> getScale() {
    return scale;
  }

  public long getVersion() {
    return version;
  }

  public String getHtml() {
    return html;
  }

  public void setHtml(String html) {
    this.html = html;
  }

  public boolean isConflict() {
    return conflict;
  }

  public int getTheirRevision() {
    return theirRevision;
  }

  public String getTheirBy() {
    return theirBy;
  }

  public List<DiffRun> getConflictDiff() {
    return conflictDiff;
  }

  public Integer getScore() {
    return score;
  }

  public void setScore(Integer score) {
    this.score = score;
  }

  public String getRationale() {
    return rationale;
  }

  public void setRationale(String rationale) {
    this.rationale = rationale;
  }
}
