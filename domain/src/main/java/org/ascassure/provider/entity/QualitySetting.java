package org.ascassure.provider.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ascassure.council.entity.Council;
import org.ascassure.platform.entity.Tracked;

/**
 * A council's quality target (share rated Good or Outstanding, in whole percent) and after how many
 * months without an inspection a provider counts as long uninspected.
 */
@Entity
@Table(name = "provider_quality_setting")
@NamedQuery(
    name = QualitySetting.OF_COUNCIL,
    query = "select s from QualitySetting s where s.council.id = :councilId")
public class QualitySetting extends Tracked {

  public static final String OF_COUNCIL = "QualitySetting.ofCouncil";
  public static final int DEFAULT_TARGET = 80;
  public static final int DEFAULT_STALE_MONTHS = 24;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "council_id")
  private Council council;

  @Column(name = "target_percent", nullable = false)
  private int targetPercent;

  @Column(name = "stale_months", nullable = false)
  private int staleMonths;

  protected QualitySetting() {}

  /** The defaults, not yet stored. */
  public QualitySetting(Council council) {
    this.council = council;
    this.targetPercent = DEFAULT_TARGET;
    this.staleMonths = DEFAULT_STALE_MONTHS;
  }

  public void change(int targetPercent, int staleMonths) {
    this.targetPercent = targetPercent;
    this.staleMonths = staleMonths;
  }

  public Long getId() {
    return id;
  }

  public int getTargetPercent() {
    return targetPercent;
  }

  public int getStaleMonths() {
    return staleMonths;
  }

  @Override
  public String auditType() {
    return "ProviderQualitySetting";
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
    state.put("targetPercent", targetPercent);
    state.put("staleMonths", staleMonths);
    return state;
  }
}
