package org.ascassure.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.ascassure.framework.entity.QualityStatement;

/** The score one statement received in one assessment. */
@Entity
@Table(name = "statement_score")
public class StatementScore {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "assessment_id")
  private Assessment assessment;

  @ManyToOne(optional = false)
  @JoinColumn(name = "statement_id")
  private QualityStatement statement;

  @Column(name = "score", nullable = false)
  private int score;

  protected StatementScore() {}

  StatementScore(Assessment assessment, QualityStatement statement, int score) {
    this.assessment = assessment;
    this.statement = statement;
    this.score = score;
  }

  public QualityStatement getStatement() {
    return statement;
  }

  public int getScore() {
    return score;
  }
}
