package org.ascassure.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ascassure.platform.entity.Tracked;

/**
 * A follow-up deadline that a published rating triggers (stage 1 response, stage 2 review,
 * quarterly DHSC updates). Rules are data: V8 seeds the defaults, administrators change them.
 */
@Entity
@Table(name = "deadline_rule")
@NamedQuery(name = DeadlineRule.ALL, query = "select r from DeadlineRule r order by r.position")
public class DeadlineRule extends Tracked {

  public static final String ALL = "DeadlineRule.all";
  public static final int LABEL_LENGTH = 200;
  public static final int RATINGS_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "code", nullable = false, length = 40, updatable = false)
  private String code;

  @Column(name = "label", nullable = false, length = LABEL_LENGTH)
  private String label;

  /** Rating codes, comma-separated, that trigger this deadline. */
  @Column(name = "ratings", nullable = false, length = RATINGS_LENGTH)
  private String ratings;

  @Column(name = "offset_amount", nullable = false)
  private int offsetAmount;

  @Enumerated(EnumType.STRING)
  @Column(name = "offset_unit", nullable = false, length = 10)
  private DeadlineUnit offsetUnit;

  @Column(name = "repeat_every")
  private Integer repeatEvery;

  @Column(name = "occurrence_count", nullable = false)
  private int occurrenceCount;

  @Column(name = "position", nullable = false)
  private int position;

  protected DeadlineRule() {}

  /** Changes what the rule says; the schedule must already be valid. */
  public void change(String label, List<String> ratings, DeadlineSchedule schedule) {
    this.label = label.strip();
    this.ratings = String.join(",", ratings);
    this.offsetAmount = schedule.offset();
    this.offsetUnit = schedule.unit();
    this.repeatEvery = schedule.repeatEveryMonths();
    this.occurrenceCount = schedule.occurrences();
  }

  public DeadlineSchedule schedule() {
    return new DeadlineSchedule(offsetAmount, offsetUnit, repeatEvery, occurrenceCount);
  }

  public boolean appliesTo(String ratingCode) {
    return ratingCode != null && ratingList().contains(ratingCode);
  }

  public List<String> ratingList() {
    return Arrays.stream(ratings.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getLabel() {
    return label;
  }

  public int getPosition() {
    return position;
  }

  @Override
  public String auditType() {
    return "DeadlineRule";
  }

  @Override
  public Object auditId() {
    return id;
  }

  @Override
  public Long auditCouncilId() {
    return null;
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("code", code);
    state.put("label", label);
    state.put("ratings", ratings);
    state.put("offset", offsetAmount + " " + offsetUnit);
    state.put("repeatEveryMonths", repeatEvery);
    state.put("occurrences", occurrenceCount);
    return state;
  }
}
