package org.ascassure.selfassessment.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ascassure.council.entity.Council;
import org.ascassure.framework.entity.Framework;
import org.ascassure.framework.entity.QualityStatement;
import org.ascassure.framework.entity.Theme;
import org.ascassure.platform.boundary.ConflictException;
import org.ascassure.platform.entity.Tracked;

/** A council's self-assessment against one framework: its narratives, scores and sign-off. */
@Entity
@Table(name = "self_assessment")
@NamedQuery(
    name = SelfAssessment.OF_COUNCIL,
    query =
        "select s from SelfAssessment s where s.council.id = :councilId order by s.createdAt desc,"
            + " s.id desc")
@NamedQuery(
    name = SelfAssessment.COUNT_OF_COUNCIL,
    query = "select count(s) from SelfAssessment s where s.council.id = :councilId")
@NamedQuery(
    name = SelfAssessment.SUBMITTED_OF_COUNCIL,
    query =
        "select s from SelfAssessment s where s.council.id = :councilId and s.framework.id ="
            + " :frameworkId and s.status = org.ascassure.selfassessment.entity"
            + ".SelfAssessmentStatus.SUBMITTED")
public class SelfAssessment extends Tracked {

  public static final String OF_COUNCIL = "SelfAssessment.ofCouncil";
  public static final String COUNT_OF_COUNCIL = "SelfAssessment.countOfCouncil";
  public static final String SUBMITTED_OF_COUNCIL = "SelfAssessment.submittedOfCouncil";
  public static final int TITLE_LENGTH = 300;
  public static final int PERIOD_LENGTH = 100;
  public static final int NOTE_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "council_id")
  private Council council;

  @ManyToOne(optional = false)
  @JoinColumn(name = "framework_id")
  private Framework framework;

  @Column(name = "title", nullable = false, length = TITLE_LENGTH)
  private String title;

  @Column(name = "period_label", nullable = false, length = PERIOD_LENGTH)
  private String periodLabel;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private SelfAssessmentStatus status = SelfAssessmentStatus.DRAFT;

  /** The label of the newest published version, such as v3; empty before the first. */
  @Column(name = "version_label", length = 40)
  private String versionLabel;

  /** Why the status last changed, when someone said (e.g. why it was returned to draft). */
  @Column(name = "status_note", length = NOTE_LENGTH)
  private String statusNote;

  @OneToMany(mappedBy = "selfAssessment", cascade = CascadeType.ALL)
  @OrderBy("position")
  private List<Narrative> narratives = new ArrayList<>();

  @OneToMany(mappedBy = "selfAssessment", cascade = CascadeType.ALL)
  @OrderBy("statementCode")
  private List<SelfScore> scores = new ArrayList<>();

  @OneToMany(mappedBy = "selfAssessment", cascade = CascadeType.ALL)
  @OrderBy("givenOn, id")
  private List<SignOff> signOffs = new ArrayList<>();

  protected SelfAssessment() {}

  /** A new draft with an empty narrative for every part the framework calls for. */
  public SelfAssessment(Council council, Framework framework, String title, String periodLabel) {
    this.council = council;
    this.framework = framework;
    this.title = title;
    this.periodLabel = periodLabel;
    int position = 0;
    for (NarrativePart part : NarrativePart.values()) {
      if (part.section() == NarrativePart.Section.A) {
        narratives.add(new Narrative(this, part, null, ++position));
      }
    }
    for (Theme theme : framework.getThemes()) {
      for (NarrativePart part : NarrativePart.values()) {
        if (part.subject() == NarrativePart.Subject.THEME) {
          narratives.add(new Narrative(this, part, theme.getCode(), ++position));
        } else if (part.subject() == NarrativePart.Subject.STATEMENT) {
          for (QualityStatement statement : theme.getStatements()) {
            narratives.add(new Narrative(this, part, statement.getCode(), ++position));
          }
        }
      }
    }
    narratives.add(new Narrative(this, NarrativePart.PRODUCTION, null, ++position));
    for (QualityStatement statement : framework.statements()) {
      if (statement.isScored()) {
        scores.add(new SelfScore(this, statement.getCode()));
      }
    }
  }

  public void rename(String newTitle, String newPeriodLabel) {
    requireEditable();
    this.title = newTitle;
    this.periodLabel = newPeriodLabel;
  }

  /**
   * Moves the document on (or back) its way; only the steps {@link SelfAssessmentStatus#next()}
   * allows.
   */
  public void moveTo(SelfAssessmentStatus target, String note) {
    if (!status.next().contains(target)) {
      throw new ConflictException(
          "A self-assessment that is "
              + describe(status)
              + " cannot become "
              + describe(target)
              + (status.next().isEmpty()
                  ? "; it can no longer change."
                  : "; it can become " + describeAll(status) + "."));
    }
    status = target;
    statusNote = note == null || note.isBlank() ? null : note.strip();
  }

  /** A newer self-assessment was submitted: this one is kept but no longer current. */
  public void supersede() {
    status = SelfAssessmentStatus.SUPERSEDED;
  }

  public void requireEditable() {
    if (!status.isEditable()) {
      throw new ConflictException(
          "This self-assessment is "
              + describe(status)
              + ": its text and scores can no longer change. A director can return it to draft"
              + " while it is endorsed.");
    }
  }

  void published(int number) {
    versionLabel = "v" + number;
  }

  private static String describe(SelfAssessmentStatus s) {
    return s.name().toLowerCase().replace('_', ' ');
  }

  private static String describeAll(SelfAssessmentStatus s) {
    return String.join(" or ", s.next().stream().map(SelfAssessment::describe).toList());
  }

  public Optional<Narrative> narrative(String slot) {
    return narratives.stream().filter(n -> n.getSlot().equals(slot)).findFirst();
  }

  public Optional<SelfScore> score(String statementCode) {
    return scores.stream().filter(s -> s.getStatementCode().equals(statementCode)).findFirst();
  }

  public void addSignOff(SignOff signOff) {
    signOffs.add(signOff);
  }

  /** The proposed scores given so far, by statement code in framework order. */
  public Map<String, Integer> givenScores() {
    Map<String, Integer> given = new LinkedHashMap<>();
    for (QualityStatement statement : framework.statements()) {
      score(statement.getCode())
          .filter(s -> s.getScore() != null)
          .ifPresent(s -> given.put(statement.getCode(), s.getScore()));
    }
    return given;
  }

  public Long getId() {
    return id;
  }

  public Council getCouncil() {
    return council;
  }

  public Framework getFramework() {
    return framework;
  }

  public String getTitle() {
    return title;
  }

  public String getPeriodLabel() {
    return periodLabel;
  }

  public SelfAssessmentStatus getStatus() {
    return status;
  }

  public String getVersionLabel() {
    return versionLabel;
  }

  public String getStatusNote() {
    return statusNote;
  }

  public List<Narrative> getNarratives() {
    return narratives;
  }

  public List<SelfScore> getScores() {
    return scores;
  }

  public List<SignOff> getSignOffs() {
    return signOffs;
  }

  @Override
  public String auditType() {
    return "SelfAssessment";
  }

  @Override
  public Object auditId() {
    return id;
  }

  @Override
  public Long auditCouncilId() {
    return council == null ? null : council.getId();
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("framework", framework == null ? null : framework.getCode());
    state.put("title", title);
    state.put("period", periodLabel);
    state.put("status", status == null ? null : status.name());
    state.put("statusNote", statusNote);
    state.put("versionLabel", versionLabel);
    return state;
  }
}
