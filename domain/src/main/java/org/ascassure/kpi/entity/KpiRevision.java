package org.ascassure.kpi.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ascassure.platform.entity.Tracked;

/** The figures a submission had at one revision: kept as given, never changed. */
@Entity
@Table(name = "kpi_submission_revision")
@NamedQuery(
    name = KpiRevision.OF_SUBMISSION,
    query = "select r from KpiRevision r where r.submission.id = :submissionId order by r.revision")
public class KpiRevision extends Tracked {

  public static final String OF_SUBMISSION = "KpiRevision.ofSubmission";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "submission_id", updatable = false)
  private KpiSubmission submission;

  @Column(name = "revision", nullable = false, updatable = false)
  private int revision;

  @Column(name = "numerator", updatable = false, precision = 14, scale = 3)
  private BigDecimal numerator;

  @Column(name = "denominator", updatable = false, precision = 14, scale = 3)
  private BigDecimal denominator;

  @Column(name = "figure_value", updatable = false, precision = 14, scale = 3)
  private BigDecimal value;

  @Column(name = "notes", updatable = false, length = KpiSubmission.NOTES_LENGTH)
  private String notes;

  @Column(name = "submitted_at", nullable = false, updatable = false)
  private LocalDateTime submittedAt;

  @Column(name = "submitted_by", nullable = false, updatable = false, length = USER_NAME_LENGTH)
  private String submittedBy;

  protected KpiRevision() {}

  KpiRevision(
      KpiSubmission submission,
      int revision,
      Figure figure,
      String notes,
      LocalDateTime at,
      String by) {
    this.submission = submission;
    this.revision = revision;
    this.numerator = figure.numerator();
    this.denominator = figure.denominator();
    this.value = figure.value();
    this.notes = notes;
    this.submittedAt = at;
    this.submittedBy = by;
  }

  @PreUpdate
  @PreRemove
  void refuseChange() {
    throw new IllegalStateException("A KPI submission's revision is never changed.");
  }

  public Long getId() {
    return id;
  }

  public KpiSubmission getSubmission() {
    return submission;
  }

  public int getRevision() {
    return revision;
  }

  public Figure getFigure() {
    return new Figure(numerator, denominator, value);
  }

  public String getNotes() {
    return notes;
  }

  public LocalDateTime getSubmittedAt() {
    return submittedAt;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  @Override
  public String auditType() {
    return "KpiRevision";
  }

  @Override
  public Object auditId() {
    return id;
  }

  @Override
  public Long auditCouncilId() {
    return submission == null ? null : submission.auditCouncilId();
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("submission", submission == null ? null : submission.getId());
    state.put("revision", revision);
    state.put("numerator", Kpi.plainOrNull(numerator));
    state.put("denominator", Kpi.plainOrNull(denominator));
    state.put("value", Kpi.plainOrNull(value));
    state.put("notes", notes);
    return state;
  }
}
