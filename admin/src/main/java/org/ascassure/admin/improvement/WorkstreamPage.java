package org.ascassure.admin.improvement;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.ascassure.admin.platform.Messages;
import org.ascassure.admin.platform.Navigation;
import org.ascassure.improvement.boundary.HighlightReportDetails;
import org.ascassure.improvement.boundary.HighlightReports;
import org.ascassure.improvement.boundary.ImprovementPlans;
import org.ascassure.improvement.entity.HighlightReport;
import org.ascassure.improvement.entity.Rag;
import org.ascassure.improvement.entity.RagAssessment;
import org.ascassure.improvement.entity.Workstream;
import org.ascassure.platform.boundary.DomainException;
import org.ascassure.platform.boundary.StaleVersionException;

/**
 * A workstream's highlight reports, latest period first, and the form a director writes or edits
 * one with ({@code ?report=} picks the one to edit). A refused or stale save keeps what was typed.
 */
@Named
@ViewScoped
public class WorkstreamPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ImprovementPlans plans;

  @Inject transient HighlightReports reports;

  private Long id;
  private Long report;

  private long version;
  private String period;
  private LocalDate writtenOn;
  private String achievements;
  private String nextSteps;
  private String risks;
  private Rag chosenRag;
  private String ragReason;

  private transient Workstream workstream;

  public void load() {
    if (getWorkstream() == null) {
      Navigation.notFound();
      return;
    }
    if (report != null) {
      HighlightReport r = reports.find(report).filter(this::ofThisWorkstream).orElse(null);
      if (r == null) {
        Navigation.notFound();
        return;
      }
      version = r.getVersion();
      period = r.getPeriod().value();
      writtenOn = r.getWrittenOn();
      achievements = r.getAchievements();
      nextSteps = r.getNextSteps();
      risks = r.getRisks();
      chosenRag = r.getChosenRag();
      ragReason = r.getRagReason();
    } else if (period == null) {
      period = java.time.YearMonth.from(ImprovementPlans.today()).toString();
      chosenRag = getRag().colour().isRated() ? getRag().colour() : null;
    }
  }

  private boolean ofThisWorkstream(HighlightReport r) {
    return r.getWorkstream().getId().equals(id);
  }

  public Workstream getWorkstream() {
    if (workstream == null && id != null) {
      workstream = plans.findWorkstream(id).orElse(null);
    }
    return workstream;
  }

  /** The workstream's RAG today, from its actions. */
  public RagAssessment getRag() {
    return reports.workstreamRag(id, ImprovementPlans.today());
  }

  public List<HighlightReport> getReports() {
    return reports.ofWorkstream(id);
  }

  public boolean isMayWrite() {
    return getWorkstream() != null && reports.canWrite(getWorkstream());
  }

  public boolean isEditing() {
    return report != null;
  }

  public List<Rag> getColours() {
    return Arrays.stream(Rag.values()).filter(Rag::isRated).toList();
  }

  public String save() {
    HighlightReportDetails details =
        new HighlightReportDetails(
            period, writtenOn, achievements, nextSteps, risks, chosenRag, ragReason);
    try {
      HighlightReport saved =
          report == null ? reports.write(id, details) : reports.change(report, version, details);
      Messages.info("The highlight report for " + saved.getPeriod().label() + " has been saved.");
      return "/improvement/workstream.xhtml?faces-redirect=true&id=" + id;
    } catch (StaleVersionException stale) {
      Messages.errorNow(
          "Someone else changed this report while you were editing it. Your text is still in"
              + " the form: open the report again in a new tab to see their version, copy what"
              + " you need, and save again from there.");
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

  public Long getReport() {
    return report;
  }

  public void setReport(Long report) {
    this.report = report;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public LocalDate getWrittenOn() {
    return writtenOn;
  }

  public void setWrittenOn(LocalDate writtenOn) {
    this.writtenOn = writtenOn;
  }

  public String getAchievements() {
    return achievements;
  }

  public void setAchievements(String achievements) {
    this.achievements = achievements;
  }

  public String getNextSteps() {
    return nextSteps;
  }

  public void setNextSteps(String nextSteps) {
    this.nextSteps = nextSteps;
  }

  public String getRisks() {
    return risks;
  }

  public void setRisks(String risks) {
    this.risks = risks;
  }

  public Rag getChosenRag() {
    return chosenRag;
  }

  public void setChosenRag(Rag chosenRag) {
    this.chosenRag = chosenRag;
  }

  public String getRagReason() {
    return ragReason;
  }

  public void setRagReason(String ragReason) {
    this.ragReason = ragReason;
  }
}
