package org.ascassure.framework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Map;

/** One step of a framework's score scale: 3 = "Good standard", or 3 = "Performing well". */
@Entity
@Table(name = "scale_level")
public class ScaleLevel extends FrameworkPart {

  @Column(name = "score", nullable = false)
  private int score;

  @Column(name = "code", nullable = false, length = 40)
  private String code;

  @Column(name = "label", nullable = false, length = 200)
  private String label;

  protected ScaleLevel() {}

  ScaleLevel(Framework framework, int score, String code, String label) {
    super(framework);
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

  @Override
  public String auditType() {
    return "ScaleLevel";
  }

  @Override
  Map<String, Object> partState() {
    return Map.of("score", score, "code", code, "label", label);
  }
}
