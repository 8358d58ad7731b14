package org.ascassure.provider.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ascassure.platform.entity.Tracked;

/** A rating CQC published for a provider on a date: overall and, optionally, per key question. */
@Entity
@Table(name = "provider_rating")
public class ProviderRating extends Tracked {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "provider_id")
  private Provider provider;

  @Column(name = "rated_on", nullable = false)
  private LocalDate ratedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "overall", nullable = false, length = 30)
  private Rating overall;

  @Enumerated(EnumType.STRING)
  @Column(name = "safe", length = 30)
  private Rating safe;

  @Enumerated(EnumType.STRING)
  @Column(name = "effective", length = 30)
  private Rating effective;

  @Enumerated(EnumType.STRING)
  @Column(name = "caring", length = 30)
  private Rating caring;

  @Enumerated(EnumType.STRING)
  @Column(name = "responsive", length = 30)
  private Rating responsive;

  @Enumerated(EnumType.STRING)
  @Column(name = "well_led", length = 30)
  private Rating wellLed;

  protected ProviderRating() {}

  ProviderRating(
      Provider provider, LocalDate ratedOn, Rating overall, Map<KeyQuestion, Rating> questions) {
    this.provider = provider;
    this.ratedOn = ratedOn;
    this.overall = overall;
    Map<KeyQuestion, Rating> q = questions == null ? Map.of() : questions;
    safe = q.get(KeyQuestion.SAFE);
    effective = q.get(KeyQuestion.EFFECTIVE);
    caring = q.get(KeyQuestion.CARING);
    responsive = q.get(KeyQuestion.RESPONSIVE);
    wellLed = q.get(KeyQuestion.WELL_LED);
  }

  public Long getId() {
    return id;
  }

  public Provider getProvider() {
    return provider;
  }

  public LocalDate getRatedOn() {
    return ratedOn;
  }

  public Rating getOverall() {
    return overall;
  }

  /** The key questions rated, in CQC's order. */
  public Map<KeyQuestion, Rating> getQuestions() {
    Map<KeyQuestion, Rating> q = new EnumMap<>(KeyQuestion.class);
    putIfRated(q, KeyQuestion.SAFE, safe);
    putIfRated(q, KeyQuestion.EFFECTIVE, effective);
    putIfRated(q, KeyQuestion.CARING, caring);
    putIfRated(q, KeyQuestion.RESPONSIVE, responsive);
    putIfRated(q, KeyQuestion.WELL_LED, wellLed);
    return q;
  }

  private static void putIfRated(Map<KeyQuestion, Rating> q, KeyQuestion key, Rating rating) {
    if (rating != null) {
      q.put(key, rating);
    }
  }

  @Override
  public String auditType() {
    return "ProviderRating";
  }

  @Override
  public Object auditId() {
    return id;
  }

  @Override
  public Long auditCouncilId() {
    return provider == null ? null : provider.councilId();
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("provider", provider == null ? null : provider.getId());
    state.put("ratedOn", ratedOn);
    state.put("overall", overall);
    getQuestions().forEach((k, v) -> state.put(k.name(), v));
    return state;
  }
}
