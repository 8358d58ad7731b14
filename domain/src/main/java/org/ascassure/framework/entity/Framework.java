package org.ascassure.framework.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ascassure.platform.entity.Tracked;

/**
 * One version of an assessment framework, with everything needed to score against it. V2 and V3
 * load the versions in use; administrators add a version by copying one ({@link #copyAs}), edit the
 * draft and publish it.
 */
@Entity
@Table(name = "framework")
@NamedQuery(name = Framework.ALL, query = "select f from Framework f order by f.code")
@NamedQuery(name = Framework.BY_CODE, query = "select f from Framework f where f.code = :code")
@TableGenerator(
    name = Framework.IDS,
    table = "framework_id_sequence",
    pkColumnName = "name",
    valueColumnName = "next_value",
    pkColumnValue = "framework",
    allocationSize = 50)
public class Framework extends Tracked {

  /** The id generator of a framework and all its parts. */
  public static final String IDS = "frameworkIds";

  public static final String ALL = "Framework.all";
  public static final String BY_CODE = "Framework.byCode";
  public static final int CODE_LENGTH = 40;
  public static final int NAME_LENGTH = 200;
  public static final int VERSION_LABEL_LENGTH = 40;
  public static final int DESCRIPTION_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = IDS)
  private Long id;

  @Column(name = "code", nullable = false, unique = true, length = CODE_LENGTH)
  private String code;

  @Column(name = "name", nullable = false, length = NAME_LENGTH)
  private String name;

  @Column(name = "version_label", nullable = false, length = VERSION_LABEL_LENGTH)
  private String versionLabel;

  @Column(name = "description", length = DESCRIPTION_LENGTH)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private FrameworkStatus status = FrameworkStatus.ACTIVE;

  /** The code of the version this one was copied from; null for versions loaded by migration. */
  @Column(name = "based_on", length = CODE_LENGTH, updatable = false)
  private String basedOn;

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

  /**
   * A new DRAFT version with everything this one has: themes, statements with their descriptions
   * and other names, evidence categories, scale and rating bands.
   */
  public Framework copyAs(
      String newCode, String newName, String newVersionLabel, String newDescription) {
    Framework copy =
        new Framework(newCode, newName, newVersionLabel, scoringMethod, notifyAtOrBelow);
    copy.description = newDescription;
    copy.status = FrameworkStatus.DRAFT;
    copy.basedOn = code;
    for (Theme theme : themes) {
      Theme themeCopy = copy.addTheme(theme.getCode(), theme.getTitle());
      for (QualityStatement statement : theme.getStatements()) {
        QualityStatement statementCopy =
            themeCopy
                .addStatement(statement.getCode(), statement.getTitle(), statement.isScored())
                .describedAs(statement.getDescription());
        statement.getAliases().forEach(statementCopy::alsoKnownAs);
      }
    }
    evidenceCategories.forEach(c -> copy.addEvidenceCategory(c.getCode(), c.getName()));
    scale.forEach(l -> copy.addScaleLevel(l.getScore(), l.getCode(), l.getLabel()));
    ratingBands.forEach(
        b -> copy.addRatingBand(b.getCode(), b.getLabel(), b.getMinPercent(), b.getMaxPercent()));
    return copy;
  }

  /** Renames a draft. */
  public void describe(String newName, String newVersionLabel, String newDescription) {
    requireDraft();
    this.name = newName;
    this.versionLabel = newVersionLabel;
    this.description = newDescription;
  }

  /**
   * What stops this draft from being used: a theme without statements, or no scored statement.
   * Empty when it can be published.
   */
  public List<String> publicationProblems() {
    List<String> problems = new ArrayList<>();
    themes.stream()
        .filter(t -> t.getStatements().isEmpty())
        .forEach(t -> problems.add("The theme '" + t.getTitle() + "' has no statements."));
    if (statements().stream().noneMatch(QualityStatement::isScored)) {
      problems.add("At least one statement must be scored.");
    }
    return problems;
  }

  /** Puts a draft into use. */
  public void publish() {
    requireDraft();
    if (!publicationProblems().isEmpty()) {
      throw new IllegalStateException(String.join(" ", publicationProblems()));
    }
    status = FrameworkStatus.ACTIVE;
  }

  /** Stops offering a version in use for new work; what was done against it stays. */
  public void retire() {
    if (status != FrameworkStatus.ACTIVE) {
      throw new IllegalStateException(code + " is not in use");
    }
    status = FrameworkStatus.RETIRED;
  }

  public boolean isDraft() {
    return status == FrameworkStatus.DRAFT;
  }

  /** Whether a new self-assessment may start with this version. */
  public boolean isActive() {
    return status == FrameworkStatus.ACTIVE;
  }

  void requireDraft() {
    if (!isDraft()) {
      throw new IllegalStateException(code + " is " + status + ", not a draft");
    }
  }

  public Optional<Theme> findTheme(String themeCode) {
    return themes.stream().filter(t -> t.getCode().equals(themeCode)).findFirst();
  }

  public Optional<EvidenceCategory> findEvidenceCategory(String categoryCode) {
    return evidenceCategories.stream().filter(c -> c.getCode().equals(categoryCode)).findFirst();
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

  public FrameworkStatus getStatus() {
    return status;
  }

  public String getBasedOn() {
    return basedOn;
  }

  @Override
  public String auditType() {
    return "Framework";
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
    state.put("name", name);
    state.put("versionLabel", versionLabel);
    state.put("description", description);
    state.put("status", status == null ? null : status.name());
    state.put("basedOn", basedOn);
    state.put("scoringMethod", scoringMethod == null ? null : scoringMethod.name());
    state.put("notifyAtOrBelow", notifyAtOrBelow);
    return state;
  }
}
