package org.ascassure.assessment.entity;

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
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ascassure.platform.entity.Tracked;

/** One step of an assessment's timeline: when it was planned and when it actually happened. */
@Entity
@Table(name = "assessment_milestone")
@NamedQuery(
    name = Milestone.OF_ASSESSMENT,
    query = "select m from Milestone m where m.assessment.id = :assessmentId order by m.kind")
public class Milestone extends Tracked {

  public static final String OF_ASSESSMENT = "Milestone.ofAssessment";
  public static final int NOTE_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "assessment_id")
  private Assessment assessment;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 40)
  private MilestoneKind kind;

  @Column(name = "planned_on")
  private LocalDate plannedOn;

  @Column(name = "actual_on")
  private LocalDate actualOn;

  @Column(name = "case_count")
  private Integer caseCount;

  @Column(name = "note", length = NOTE_LENGTH)
  private String note;

  protected Milestone() {}

  public Milestone(Assessment assessment, MilestoneKind kind) {
    this.assessment = assessment;
    this.kind = kind;
  }

  /** Records the dates (and, for case tracking, the number of cases) as now known. */
  public void record(LocalDate plannedOn, LocalDate actualOn, Integer caseCount, String note) {
    this.plannedOn = plannedOn;
    this.actualOn = actualOn;
    this.caseCount = kind.countsCases() ? caseCount : null;
    this.note = note == null || note.isBlank() ? null : note.strip();
  }

  public boolean isDone() {
    return actualOn != null;
  }

  public Long getId() {
    return id;
  }

  public Assessment getAssessment() {
    return assessment;
  }

  public MilestoneKind getKind() {
    return kind;
  }

  public LocalDate getPlannedOn() {
    return plannedOn;
  }

  public LocalDate getActualOn() {
    return actualOn;
  }

  public Integer getCaseCount() {
    return caseCount;
  }

  public String getNote() {
    return note;
  }

  @Override
  public String auditType() {
    return "Milestone";
  }

  @Override
  public Object auditId() {
    return id;
  }

  @Override
  public Long auditCouncilId() {
    return assessment == null ? null : assessment.getCouncil().getId();
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("assessment", assessment == null ? null : assessment.getId());
    state.put("kind", kind == null ? null : kind.name());
    state.put("plannedOn", plannedOn == null ? null : plannedOn.toString());
    state.put("actualOn", actualOn == null ? null : actualOn.toString());
    state.put("caseCount", caseCount);
    state.put("note", note);
    return state;
  }
}
