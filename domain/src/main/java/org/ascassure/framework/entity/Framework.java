package org.ascassure.framework.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** One version of an assessment framework, with everything needed to score against it. */
@Entity
@Table(name = "framework")
@NamedQuery(name = Framework.ALL, query = "select f from Framework f order by f.code")
@NamedQuery(name = Framework.BY_CODE, query = "select f from Framework f where f.code = :code")
public class Framework {

  public static final String ALL = "Framework.all";
  public static final String BY_CODE = "Framework.byCode";
  public static final int CODE_LENGTH = 40;
  public static final int NAME_LENGTH = 200;

  @Id private Long id;

  @Column(name = "code", nullable = false, unique = true, length = CODE_LENGTH)
  private String code;

  @Column(name = "name", nullable = false, length = NAME_LENGTH)
  private String name;

  @Column(name = "version_label", nullable = false, length = 40)
  private String versionLabel;

  @Column(name = "description", length = 2000)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "scoring_method", nullable = false, length = 30)
  private ScoringMethod scoringMethod;

  /** Scores at or below this are notifiable to the Secretary of State; null: no such rule. */
  @Column(name = "notify_at_or_below")
  private Integer notifyAtOrBelow;

  @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL)
  @OrderBy("position")
  private List<Theme> themes = new ArrayList<>();

  @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL)
  @OrderBy("position")
  private List<EvidenceCategory> evidenceCategories = new ArrayList<>();

  @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL)
  @OrderBy("score DESC")
  private List<ScaleLevel> scale = new ArrayList<>();

  @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL)
  @OrderBy("minPercent DESC")
  private List<RatingBand> ratingBands = new ArrayList<>();

  protected Framework() {}

  public Framework(
      String code,
      String name,
      String versionLabel,
      ScoringMethod scoringMethod,
      Integer notifyAtOrBelow) {
    this.code = code;
    this.name = name;
    this.versionLabel = versionLabel;
    this.scoringMethod = scoringMethod;
    this.notifyAtOrBelow = notifyAtOrBelow;
  }

  public Theme addTheme(String themeCode, String title) {
    Theme theme = new Theme(this, themeCode, title, themes.size() + 1);
    themes.add(theme);
    return theme;
  }

  public void addScaleLevel(int score, String levelCode, String label) {
    scale.add(new ScaleLevel(this, score, levelCode, label));
    scale.sort((a, b) -> Integer.compare(b.getScore(), a.getScore()));
  }

  public void addRatingBand(String bandCode, String label, int minPercent, int maxPercent) {
    ratingBands.add(new RatingBand(this, bandCode, label, minPercent, maxPercent));
    ratingBands.sort((a, b) -> Integer.compare(b.getMinPercent(), a.getMinPercent()));
  }

  public void addEvidenceCategory(String categoryCode, String categoryName) {
    evidenceCategories.add(
        new EvidenceCategory(this, categoryCode, categoryName, evidenceCategories.size() + 1));
  }

  /** All statements in framework order, scored or not. */
  public List<QualityStatement> statements() {
    return themes.stream().flatMap(t -> t.getStatements().stream()).toList();
  }

  public Optional<QualityStatement> findStatement(StatementCode statementCode) {
    return statements().stream().filter(s -> s.getCode().equals(statementCode.value())).findFirst();
  }

  /** Finds a statement by its code, its title or one of its aliases, ignoring case. */
  public Optional<QualityStatement> findStatementByName(String codeOrTitle) {
    return statements().stream().filter(s -> s.isKnownAs(codeOrTitle)).findFirst();
  }

  public int minScore() {
    return scale.stream().mapToInt(ScaleLevel::getScore).min().orElseThrow();
  }

  public int maxScore() {
    return scale.stream().mapToInt(ScaleLevel::getScore).max().orElseThrow();
  }

  public Optional<ScaleLevel> levelFor(int score) {
    return scale.stream().filter(l -> l.getScore() == score).findFirst();
  }

  public Optional<RatingBand> bandFor(int percent) {
    return ratingBands.stream().filter(b -> b.contains(percent)).findFirst();
  }

  public boolean isNotifiable(int score) {
    return notifyAtOrBelow != null && score <= notifyAtOrBelow;
  }

  public boolean isComputed() {
    return scoringMethod == ScoringMethod.PERCENT_BANDS;
  }

  /**
   * The overall percentage of a set of scores under the percent-bands method.
   *
   * @throws IllegalStateException for a framework whose overall result is a judgement
   */
  public int overallPercent(Collection<Integer> scores) {
    if (!isComputed()) {
      throw new IllegalStateException(code + " records the overall grade; it is not computed");
    }
    int sum = scores.stream().mapToInt(Integer::intValue).sum();
    return PercentBands.overallPercent(sum, scores.size(), maxScore());
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getVersionLabel() {
    return versionLabel;
  }

  public String getDescription() {
    return description;
  }

  public ScoringMethod getScoringMethod() {
    return scoringMethod;
  }

  public Integer getNotifyAtOrBelow() {
    return notifyAtOrBelow;
  }

  public List<Theme> getThemes() {
    return List.copyOf(themes);
  }

  public List<EvidenceCategory> getEvidenceCategories() {
    return List.copyOf(evidenceCategories);
  }

  public List<ScaleLevel> getScale() {
    return List.copyOf(scale);
  }

  public List<RatingBand> getRatingBands() {
    return List.copyOf(ratingBands);
  }
}
