package org.ascassure.improvement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ascassure.platform.control.Texts;
import org.ascassure.platform.entity.Tracked;

/**
 * A workstream's highlight report for one period (a month or a quarter), as a delivery board reads
 * it: what was achieved, what comes next, the risks and issues, and the RAG its author gives the
 * workstream beside the RAG the actions compute (with a reason when they differ). One per
 * workstream and period; edits keep the same report, and the audit trail keeps each earlier text.
 */
@Entity
@Table(name = "highlight_report")
@NamedQuery(
    name = HighlightReport.OF_WORKSTREAM,
    query =
        "select r from HighlightReport r where r.workstream.id = :workstreamId"
            + " order by r.periodStart desc, r.period desc")
@NamedQuery(
    name = HighlightReport.BY_PERIOD,
    query =
        "select r from HighlightReport r where r.workstream.id = :workstreamId"
            + " and r.period = :period")
public class HighlightReport extends Tracked {

  public static final String OF_WORKSTREAM = "HighlightReport.ofWorkstream";
  public static final String BY_PERIOD = "HighlightReport.byPeriod";
  public static final int TEXT_LENGTH = 4000;
  public static final int REASON_LENGTH = 1000;
  public static final int COMPUTED_REASON_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "workstream_id", updatable = false)
  private Workstream workstream;

  @Column(name = "period", nullable = false, length = ReportPeriod.LENGTH)
  private String period;

  @Column(name = "period_start", nullable = false)
  private LocalDate periodStart;

  @Column(name = "written_on", nullable = false)
  private LocalDate writtenOn;

  @Column(name = "author", nullable = false, length = Tracked.USER_NAME_LENGTH, updatable = false)
  private String author;

  @Column(name = "achievements", nullable = false, length = TEXT_LENGTH)
  private String achievements;

  @Column(name = "next_steps", nullable = false, length = TEXT_LENGTH)
  private String nextSteps;

  @Column(name = "risks", length = TEXT_LENGTH)
  private String risks;

  @Enumerated(EnumType.STRING)
  @Column(name = "computed_rag", nullable = false, length = 10)
  private Rag computedRag;

  @Column(name = "computed_reason", nullable = false, length = COMPUTED_REASON_LENGTH)
  private String computedReason;

  @Enumerated(EnumType.STRING)
  @Column(name = "chosen_rag", nullable = false, length = 10)
  private Rag chosenRag;

  @Column(name = "rag_reason", length = REASON_LENGTH)
  private String ragReason;

  protected HighlightReport() {}

  public HighlightReport(Workstream workstream, String author) {
    this.workstream = workstream;
    this.author = author;
  }

  /**
   * Writes the report; the caller has checked the values (texts within length, a reason when the
   * chosen RAG differs from the computed one).
   */
  public void write(
      ReportPeriod period,
      LocalDate writtenOn,
      String achievements,
      String nextSteps,
      String risks,
      RagAssessment computed,
      Rag chosen,
      String ragReason) {
    this.period = period.value();
    this.periodStart = period.start();
    this.writtenOn = writtenOn;
    this.achievements = achievements.strip();
    this.nextSteps = nextSteps.strip();
    this.risks = Texts.blankToNull(risks);
    this.computedRag = computed.colour();
    this.computedReason = shortened(computed.reason());
    this.chosenRag = chosen;
    this.ragReason = chosen == computed.colour() ? Texts.blankToNull(ragReason) : ragReason.strip();
  }

  private static String shortened(String reason) {
    return reason.length() <= COMPUTED_REASON_LENGTH
        ? reason
        : reason.substring(0, COMPUTED_REASON_LENGTH - 1) + "…";
  }

  public Long getId() {
    return id;
  }

  public Workstream getWorkstream() {
    return workstream;
  }

  public long councilId() {
    return workstream.getPlan().councilId();
  }

  public ReportPeriod getPeriod() {
    return ReportPeriod.parse(period);
  }

  public LocalDate getWrittenOn() {
    return writtenOn;
  }

  public String getAuthor() {
    return author;
  }

  public String getAchievements() {
    return achievements;
  }

  public String getNextSteps() {
    return nextSteps;
  }

  public String getRisks() {
    return risks;
  }

  public Rag getComputedRag() {
    return computedRag;
  }

  public String getComputedReason() {
    return computedReason;
  }

  public Rag getChosenRag() {
    return chosenRag;
  }

  public String getRagReason() {
    return ragReason;
  }

  /** Whether the author's RAG differs from the computed one (the reason then says why). */
  public boolean isRagOverridden() {
    return chosenRag != computedRag;
  }

  @Override
  public String auditType() {
    return "HighlightReport";
  }

  @Override
  public Object auditId() {
    return id;
  }

  @Override
  public Long auditCouncilId() {
    return workstream == null ? null : workstream.getPlan().councilId();
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("workstream", workstream == null ? null : workstream.getId());
    state.put("period", period);
    state.put("writtenOn", writtenOn == null ? null : writtenOn.toString());
    state.put("author", author);
    state.put("achievements", achievements);
    state.put("nextSteps", nextSteps);
    state.put("risks", risks);
    state.put("computedRag", computedRag == null ? null : computedRag.name());
    state.put("chosenRag", chosenRag == null ? null : chosenRag.name());
    state.put("ragReason", ragReason);
    return state;
  }
}
