package org.ascassure.admin.kpi;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.ascassure.admin.platform.Messages;
import org.ascassure.admin.platform.Navigation;
import org.ascassure.kpi.boundary.Kpis;
import org.ascassure.kpi.boundary.SubmissionDetails;
import org.ascassure.kpi.entity.KpiKind;
import org.ascassure.kpi.entity.KpiRevision;
import org.ascassure.kpi.entity.KpiSubmission;
import org.ascassure.platform.boundary.DomainException;
import org.ascassure.platform.boundary.StaleVersionException;

/**
 * One submission: its figures as they stand with the RAG and why, every revision, and the
 * correction form. A correction made on a submission someone else corrected meanwhile is refused;
 * the page then shows the newer figures and keeps the ones typed, to be saved again on purpose.
 */
@Named
@ViewScoped
public class SubmissionPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Kpis kpis;

  private Long id;
  private long version;
  private BigDecimal numerator;
  private BigDecimal denominator;
  private BigDecimal value;
  private String notes;

  private transient KpiSubmission submission;
  private transient List<KpiRevision> revisions;

  public void load() {
    if (getSubmission() == null) {
      Navigation.notFound();
      return;
    }
    version = submission.getVersion();
    numerator = submission.getFigure().numerator();
    denominator = submission.getFigure().denominator();
    value = submission.getFigure().value();
  }

  public KpiSubmission getSubmission() {
    if (submission == null && id != null) {
      submission = kpis.findSubmission(id).orElse(null);
    }
    return submission;
  }

  /** Newest first. */
  public List<KpiRevision> getRevisions() {
    if (revisions == null) {
      revisions = new java.util.ArrayList<>(kpis.revisions(id));
      java.util.Collections.reverse(revisions);
    }
    return revisions;
  }

  public boolean isRatio() {
    return getSubmission().getKpi().getKind() == KpiKind.RATIO;
  }

  public boolean isMayCorrect() {
    return getSubmission() != null && kpis.canSubmit(getSubmission().getKpi().getCouncilId());
  }

  public String correct() {
    try {
      kpis.correct(
          id,
          version,
          new SubmissionDetails(
              null,
              null,
              null,
              null,
              isRatio() ? numerator : null,
              isRatio() ? denominator : null,
              isRatio() ? null : value,
              notes));
      Messages.info("The correction has been saved as the submission's latest revision.");
      return "/kpis/submission.xhtml?faces-redirect=true&id=" + id;
    } catch (StaleVersionException stale) {
      submission = null;
      revisions = null;
      version = getSubmission().getVersion();
      Messages.errorNow(
          "Someone else corrected these figures while you were editing: they now stand at "
              + getSubmission().getFigure().describe(getSubmission().getKpi().getUnit())
              + " (revision "
              + getSubmission().getRevision()
              + "). Your figures are still in the form; save again to make them the next"
              + " revision.");
      return null;
    } catch (DomainException rejected) {
      Messages.of(rejected);
      return null;
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public BigDecimal getNumerator() {
    return numerator;
  }

  public void setNumerator(BigDecimal numerator) {
    this.numerator = numerator;
  }

  public BigDecimal getDenominator() {
    return denominator;
  }

  public void setDenominator(BigDecimal denominator) {
    this.denominator = denominator;
  }

  public BigDecimal getValue() {
    return value;
  }

  public void setValue(BigDecimal value) {
    this.value = value;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }
}
