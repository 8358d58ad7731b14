package org.ascassure.selfassessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ascassure.platform.entity.Tracked;

/** The score a council proposes for itself on one statement, and why. */
@Entity
@Table(name = "sa_self_score")
public class SelfScore extends Tracked {

  public static final int RATIONALE_LENGTH = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "self_assessment_id")
  private SelfAssessment selfAssessment;

  @Column(name = "statement_code", nullable = false, length = 10)
  private String statementCode;

  @Column(name = "score")
  private Integer score;

  @Column(name = "rationale", length = RATIONALE_LENGTH)
  private String rationale;

  protected SelfScore() {}

  SelfScore(SelfAssessment selfAssessment, String statementCode) {
    this.selfAssessment = selfAssessment;
    this.statementCode = statementCode;
  }

  /** Proposes a score (already checked against the framework's scale); null withdraws it. */
  public void propose(Integer newScore, String newRationale) {
    selfAssessment.requireEditable();
    this.score = newScore;
    this.rationale = newRationale == null || newRationale.isBlank() ? null : newRationale.strip();
  }

  public Long getId() {
    return id;
  }

  public SelfAssessment getSelfAssessment() {
    return selfAssessment;
  }

  public String getStatementCode() {
    return statementCode;
  }

  public Integer getScore() {
    return score;
  }

  public String getRationale() {
    return rationale;
  }

  @Override
  public String auditType() {
    return "SelfScore";
  }

  @Override
  public Object auditId() {
    return id;
  }

  @Override
  public Long auditCouncilId() {
    return selfAssessment == null ? null : selfAssessment.auditCouncilId();
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("selfAssessment", selfAssessment == null ? null : selfAssessment.getId());
    state.put("statement", statementCode);
    state.put("score", score);
    state.put("rationale", rationale);
    return state;
  }
}
