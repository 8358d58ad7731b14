package org.ascassure.admin.assessment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ascassure.admin.platform.Caller;
import org.ascassure.admin.platform.Messages;
import org.ascassure.admin.platform.Navigation;
import org.ascassure.admin.platform.NotAllowedException;
import org.ascassure.assessment.boundary.Assessments;
import org.ascassure.assessment.boundary.OutcomeRecord;
import org.ascassure.assessment.entity.Assessment;
import org.ascassure.council.boundary.Councils;
import org.ascassure.council.entity.Council;
import org.ascassure.framework.boundary.FrameworkCatalogue;
import org.ascassure.framework.entity.Framework;
import org.ascassure.framework.entity.QualityStatement;
import org.ascassure.framework.entity.RatingBand;
import org.ascassure.platform.boundary.DomainException;

/**
 * Recording a council's published outcome: a score per statement (any left blank are not scored),
 * with the framework's own result shown as the scores are entered and computed again by the domain
 * when saved.
 */
@Named
@ViewScoped
public class OutcomePage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The framework the form opens with: the current CQC assessment framework. */
  static final String DEFAULT_FRAMEWORK = "cqc-la-2023";

  @Inject transient Councils councils;

  @Inject transient FrameworkCatalogue catalogue;

  @Inject transient Assessments assessments;

  @Inject Caller caller;

  private Long councilId;
  private String frameworkCode;
  private LocalDate publishedOn;
  private final Map<String, Integer> scores = new LinkedHashMap<>();
  private Integer overallGrade;

  private transient Council council;
  private transient Framework framework;

  /** The view action: the council and framework the address names; administrators only. */
  public void load() {
    if (!caller.isAdmin()) {
      Navigation.forbidden();
      return;
    }
    if (frameworkCode == null || frameworkCode.isBlank()) {
      frameworkCode = DEFAULT_FRAMEWORK;
    }
    if (getCouncil() == null || getFramework() == null) {
      Navigation.notFound();
    }
  }

  public String save() {
    Map<String, Integer> scored = new LinkedHashMap<>();
    scores.forEach(
        (code, score) -> {
          if (score != null) {
            scored.put(code, score);
          }
        });
    try {
      caller.requireAdmin();
      Assessment recorded =
          assessments.recordOutcome(
              councilId, new OutcomeRecord(frameworkCode, publishedOn, scored, overallGrade));
      Messages.info("The outcome for " + recorded.getCouncil().getName() + " has been recorded.");
      return "/assessments/assessment.xhtml?faces-redirect=true&id=" + recorded.getId();
    } catch (DomainException rejected) {
      Messages.of(rejected);
    } catch (NotAllowedException refused) {
      Messages.error(refused.getMessage());
    }
    return null;
  }

  /** The scored statements, in the framework's order. */
  public List<QualityStatement> getScoredStatements() {
    return getFramework().statements().stream().filter(QualityStatement::isScored).toList();
  }

  /** The versions an outcome can be recorded against: in use or retired, never a draft. */
  public List<Framework> getFrameworks() {
    return catalogue.published();
  }

  public List<Integer> getEnteredScores() {
    return scores.values().stream().filter(Objects::nonNull).toList();
  }

  /** The overall percentage of the scores entered so far, for a framework that computes one. */
  public Integer getPreviewPercent() {
    List<Integer> entered = getEnteredScores();
    return entered.isEmpty() || !getFramework().isComputed()
        ? null
        : getFramework().overallPercent(entered);
  }

  public String getPreviewRating() {
    Integer percent = getPreviewPercent();
    return percent == null
        ? null
        : getFramework().bandFor(percent).map(RatingBand::getLabel).orElse(null);
  }

  /** Statements entered with a score that must be notified to the Secretary of State. */
  public List<String> getPreviewNotifiable() {
    return scores.entrySet().stream()
        .filter(e -> e.getValue() != null && getFramework().isNotifiable(e.getValue()))
        .map(Map.Entry::getKey)
        .toList();
  }

  public Council getCouncil() {
    if (council == null && councilId != null) {
      council = councils.find(councilId).orElse(null);
    }
    return council;
  }

  public Framework getFramework() {
    if (framework == null && frameworkCode != null) {
      // a draft is not offered, and its address leads nowhere: the domain would refuse it anyway
      framework = catalogue.findByCode(frameworkCode).filter(f -> !f.isDraft()).orElse(null);
    }
    return framework;
  }

  public Long getCouncilId() {
    return councilId;
  }

  public void setCouncilId(Long councilId) {
    this.councilId = councilId;
  }

  public String getFrameworkCode() {
    return frameworkCode;
  }

  public void setFrameworkCode(String frameworkCode) {
    this.frameworkCode = frameworkCode;
  }

  public LocalDate getPublishedOn() {
    return publishedOn;
  }

  public void setPublishedOn(LocalDate publishedOn) {
    this.publishedOn = publishedOn;
  }

  public Map<String, Integer> getScores() {
    return scores;
  }

  public Integer getOverallGrade() {
    return overallGrade;
  }

  public void setOverallGrade(Integer overallGrade) {
    this.overallGrade = overallGrade;
  }
}
