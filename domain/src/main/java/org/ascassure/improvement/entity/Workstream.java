package org.ascassure.improvement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ascassure.platform.control.Texts;
import org.ascassure.platform.entity.Tracked;

/**
 * One area of improvement of a plan, led by (typically) an assistant director, with the themes or
 * statements it answers, a delivery group, and a cost estimate as a range in whole pounds.
 */
@Entity
@Table(name = "improvement_workstream")
@NamedQuery(
    name = Workstream.OF_PLAN,
    query = "select w from Workstream w where w.plan.id = :planId order by w.id")
public class Workstream extends Tracked {

  public static final String OF_PLAN = "Workstream.ofPlan";
  public static final int TITLE_LENGTH = 200;
  public static final int NAME_LENGTH = 100;
  public static final int GROUP_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "plan_id")
  private ImprovementPlan plan;

  @Column(name = "title", nullable = false, length = TITLE_LENGTH)
  private String title;

  @Column(name = "lead_name", length = NAME_LENGTH)
  private String leadName;

  @Column(name = "statement_codes", length = 200)
  private String statementCodes;

  @Column(name = "cost_low")
  private Long costLow;

  @Column(name = "cost_high")
  private Long costHigh;

  @Column(name = "delivery_group", length = GROUP_LENGTH)
  private String deliveryGroup;

  protected Workstream() {}

  public Workstream(ImprovementPlan plan) {
    this.plan = plan;
  }

  /** Describes the workstream; the caller has checked the values (low ≤ high). */
  public void describe(
      String title,
      String leadName,
      List<String> statementCodes,
      Long costLow,
      Long costHigh,
      String deliveryGroup) {
    this.title = title.strip();
    this.leadName = Texts.blankToNull(leadName);
    this.statementCodes = CodeList.join(statementCodes);
    this.costLow = costLow;
    this.costHigh = costHigh;
    this.deliveryGroup = Texts.blankToNull(deliveryGroup);
  }

  public Long getId() {
    return id;
  }

  public ImprovementPlan getPlan() {
    return plan;
  }

  public String getTitle() {
    return title;
  }

  public String getLeadName() {
    return leadName;
  }

  public List<String> getStatementCodes() {
    return CodeList.split(statementCodes);
  }

  public Long getCostLow() {
    return costLow;
  }

  public Long getCostHigh() {
    return costHigh;
  }

  public String getDeliveryGroup() {
    return deliveryGroup;
  }

  @Override
  public String auditType() {
    return "Workstream";
  }

  @Override
  public Object auditId() {
    return id;
  }

  @Override
  public Long auditCouncilId() {
    return plan == null ? null : plan.councilId();
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("plan", plan == null ? null : plan.getId());
    state.put("title", title);
    state.put("lead", leadName);
    state.put("statements", statementCodes);
    state.put("costLow", costLow);
    state.put("costHigh", costHigh);
    state.put("deliveryGroup", deliveryGroup);
    return state;
  }
}
