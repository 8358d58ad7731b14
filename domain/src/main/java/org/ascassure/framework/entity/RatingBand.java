package org.ascassure.framework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Map;

/** A range of overall percentages that earns a rating: 63-87 is "Good". Bounds are inclusive. */
@Entity
@Table(name = "rating_band")
public class RatingBand extends FrameworkPart {

  @Column(name = "code", nullable = false, length = 40)
  private String code;

  @Column(name = "label", nullable = false, length = 200)
  private String label;

  @Column(name = "min_percent", nullable = false)
  private int minPercent;

  @Column(name = "max_percent", nullable = false)
  private int maxPercent;

  protected RatingBand() {}

  RatingBand(Framework framework, String code, String label, int minPercent, int maxPercent) {
    super(framework);
    this.code = code;
    this.label = label;
    this.minPercent = minPercent;
    this.maxPercent = maxPercent;
  }

  public boolean contains(int percent) {
    return percent >= minPercent && percent <= maxPercent;
  }

  public String getCode() {
    return code;
  }

  public String getLabel() {
    return label;
  }

  public int getMinPercent() {
    return minPercent;
  }

  public int getMaxPercent() {
    return maxPercent;
  }

  @Override
  public String auditType() {
    return "RatingBand";
  }

  @Override
  Map<String, Object> partState() {
    return Map.of("code", code, "label", label, "percent", minPercent + "-" + maxPercent);
  }
}
