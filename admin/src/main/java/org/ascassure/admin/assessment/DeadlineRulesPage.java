package org.ascassure.admin.assessment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.ascassure.admin.platform.Messages;
import org.ascassure.admin.platform.Navigation;
import org.ascassure.admin.selfassessment.CouncilRoles;
import org.ascassure.assessment.boundary.AssessmentLifecycle;
import org.ascassure.assessment.entity.DeadlineRule;
import org.ascassure.assessment.entity.DeadlineUnit;
import org.ascassure.platform.boundary.DomainException;
import org.ascassure.platform.boundary.StaleVersionException;

/**
 * The follow-up deadline rules (stage 1 response, stage 2 review, quarterly DHSC updates): every
 * signed-in user reads them; an administrator changes one at a time ({@code ?rule=id}).
 */
@Named
@ViewScoped
public class DeadlineRulesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient AssessmentLifecycle lifecycle;

  @Inject transient CouncilRoles roles;

  private Long rule;
  private long version;
  private String label;
  private String ratings;
  private Integer offset;
  private DeadlineUnit unit;
  private Integer repeatEveryMonths;
  private Integer occurrences;

  public void load() {
    if (rule == null) {
      return;
    }
    if (!isAdmin()) {
      Navigation.forbidden();
      return;
    }
    DeadlineRule r =
        lifecycle.deadlineRules().stream()
            .filter(x -> x.getId().equals(rule))
            .findFirst()
            .orElse(null);
    if (r == null) {
      Navigation.notFound();
      return;
    }
    version = r.getVersion();
    label = r.getLabel();
    ratings = String.join(", ", r.ratingList());
    offset = r.schedule().offset();
    unit = r.schedule().unit();
    repeatEveryMonths = r.schedule().repeatEveryMonths();
    occurrences = r.schedule().occurrences();
  }

  public boolean isAdmin() {
    return roles.isAdmin();
  }

  public List<DeadlineRule> getRules() {
    return lifecycle.deadlineRules();
  }

  public List<String> getRatingCodes() {
    return lifecycle.ratingCodes();
  }

  public List<DeadlineUnit> getUnits() {
    return Arrays.asList(DeadlineUnit.values());
  }

  /** "10 days after publication" or "6 months after publication, then every 3 months, 8 dates". */
  public String describe(DeadlineRule r) {
    var s = r.schedule();
    String first = s.offset() + " " + s.unit().name().toLowerCase() + " after publication";
    return s.occurrences() == 1
        ? first
        : first
            + ", then every "
            + s.repeatEveryMonths()
            + " months, "
            + s.occurrences()
            + " dates";
  }

  public String save() {
    List<String> codes =
        ratings == null
            ? List.of()
            : Arrays.stream(ratings.split("[,\\s]+")).filter(c -> !c.isBlank()).toList();
    try {
      DeadlineRule saved =
          lifecycle.changeDeadlineRule(
              rule,
              version,
              label,
              codes,
              offset == null ? -1 : offset,
              unit == null ? null : unit.name(),
              repeatEveryMonths,
              occurrences == null ? 0 : occurrences);
      Messages.info("The rule '" + saved.getLabel() + "' has been changed.");
      return "/assessments/deadline-rules.xhtml?faces-redirect=true";
    } catch (StaleVersionException stale) {
      Messages.errorNow(
          "Someone else changed this rule while you were editing it. What you typed is still in"
              + " the form: open the page again in a new tab to see their version, then save again.");
      return null;
    } catch (DomainException rejected) {
      Messages.of(rejected);
      return null;
    }
  }

  public Long getRule() {
    return rule;
  }

  public void setRule(Long rule) {
    this.rule = rule;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public String getRatings() {
    return ratings;
  }

  public void setRatings(String ratings) {
    this.ratings = ratings;
  }

  public Integer getOffset() {
    return offset;
  }

  public void setOffset(Integer offset) {
    this.offset = offset;
  }

  public DeadlineUnit getUnit() {
    return unit;
  }

  public void setUnit(DeadlineUnit unit) {
    this.unit = unit;
  }

  public Integer getRepeatEveryMonths() {
    return repeatEveryMonths;
  }

  public void setRepeatEveryMonths(Integer repeatEveryMonths) {
    this.repeatEveryMonths = repeatEveryMonths;
  }

  public Integer getOccurrences() {
    return occurrences;
  }

  public void setOccurrences(Integer occurrences) {
    this.occurrences = occurrences;
  }
}
