package org.ascassure.assessment.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ascassure.council.entity.Council;
import org.ascassure.framework.entity.Framework;
import org.ascassure.framework.entity.QualityStatement;
import org.ascassure.framework.entity.RatingBand;
import org.ascassure.framework.entity.ScaleLevel;
import org.ascassure.platform.entity.Tracked;

/** A CQC assessment of one council and, once published, its outcome. */
@Entity
@Table(name = "assessment")
@NamedQuery(
    name = Assessment.OF_COUNCIL,
    query =
        "select a from Assessment a where a.council.id = :councilId"
            + " order by a.publishedOn desc, a.id desc")
@NamedQuery(
    name = Assessment.COUNT_OF_COUNCIL,
    query = "select count(a) from Assessment a where a.council.id = :councilId")
public class Assessment extends Tracked {

  public static final String OF_COUNCIL = "Assessment.ofCouncil";
  public static final String COUNT_OF_COUNCIL = "Assessment.countOfCouncil";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "council_id")
  private Council council;

  @ManyToOne(optional = false)
  @JoinColumn(name = "framework_id")
  private Framework framework;

  @Column(name = "published_on")
  private LocalDate publishedOn;

  @Column(name = "overall_percent")
  private Integer overallPercent;

  /** The overall grade on the framework's scale, for frameworks that judge rather than compute. */
  @Column(name = "overall_grade")
  private Integer overallGrade;

  @Column(name = "rating_code", length = 40)
  private String ratingCode;

  @Column(name = "rating_label", length = 200)
  private String ratingLabel;

  @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<StatementScore> scores = new ArrayList<>();

  protected Assessment() {}

  public Assessment(Council council, Framework framework) {
    this.council = council;
    this.framework = framework;
  }

  /**
   * Records the published outcome. The scores must already be checked against the framework; the
   * overall result follows from them (or, for judgement frameworks, from {@code grade}).
   */
  public void publishOutcome(
      LocalDate publishedOn, Map<QualityStatement, Integer> byStatement, Integer grade) {
    this.publishedOn = publishedOn;
    scores.clear();
    byStatement.forEach(
        (statement, score) -> scores.add(new StatementScore(this, statement, score)));
    if (framework.isComputed()) {
      overallGrade = null;
      overallPercent = framework.overallPercent(byStatement.values());
      RatingBand band =
          framework
              .bandFor(overallPercent)
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          framework.getCode() + " has no rating band for " + overallPercent + "%"));
      ratingCode = band.getCode();
      ratingLabel = band.getLabel();
    } else {
      overallPercent = null;
      overallGrade = grade;
      ScaleLevel level = framework.levelFor(grade).orElseThrow();
      ratingCode = level.getCode();
      ratingLabel = level.getLabel();
    }
  }

  /** Scores in framework order, keyed by statement code. */
  public Map<String, Integer> scoresByCode() {
    Map<String, Integer> result = new LinkedHashMap<>();
    sortedScores().forEach(s -> result.put(s.getStatement().getCode(), s.getScore()));
    return result;
  }

  /** Codes of the statements whose score must be notified to the Secretary of State. */
  public List<String> notifiableStatements() {
    return sortedScores().stream()
        .filter(s -> framework.isNotifiable(s.getScore()))
        .map(s -> s.getStatement().getCode())
        .toList();
  }

  private List<StatementScore> sortedScores() {
    return scores.stream()
        .sorted(
            Comparator.comparing((StatementScore s) -> s.getStatement().getTheme().getPosition())
                .thenComparing(s -> s.getStatement().getPosition()))
        .toList();
  }

  public Long getId() {
    return id;
  }

  public Council getCouncil() {
    return council;
  }

  public Framework getFramework() {
    return framework;
  }

  public LocalDate getPublishedOn() {
    return publishedOn;
  }

  public Integer getOverallPercent() {
    return overallPercent;
  }

  public Integer getOverallGrade() {
    return overallGrade;
  }

  public String getRatingCode() {
    return ratingCode;
  }

  public String getRatingLabel() {
    return ratingLabel;
  }

  @Override
  public String auditType() {
    return "Assessment";
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
    state.put("framework", framework == null ? null : framework.getCode());
    state.put("publishedOn", publishedOn == null ? null : publishedOn.toString());
    state.put("scores", scoresByCode().toString());
    state.put("overallPercent", overallPercent);
    state.put("overallGrade", overallGrade);
    state.put("rating", ratingCode);
    return state;
  }
}
