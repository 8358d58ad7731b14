package org.ascassure.framework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One step of a framework's score scale: 3 = "Good standard", or 3 = "Performing well". */
@Entity
@Table(name = "scale_level")
public class ScaleLevel {

  @Id private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "framework_id")
  private Framework framework;

  @Column(name = "score", nullable = false)
  private int score;

  @Column(name = "code", nullable = false, length = 40)
  private String code;

  @Column(name = "label", nullable = false, length = 200)
  private String label;

  protected ScaleLevel() {}

  ScaleLevel(Framework framework, int score, String code, String label) {
    this.framework = framework;
    this.score = score;
    this.code = code;
    this.label = label;
  }

  public int getScore() {
    return score;
  }

  public String getCode() {
    return code;
  }

  public String getLabel() {
    return label;
  }
}
