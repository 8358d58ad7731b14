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
import java.util.Map;
import org.ascassure.assessment.entity.Assessment;
import org.ascassure.council.entity.Council;
import org.ascassure.platform.entity.Tracked;

/** A council's improvement plan, usually answering one assessment. */
@Entity
@Table(name = "improvement_plan")
@NamedQuery(
    name = ImprovementPlan.OF_COUNCIL,
    query = "select p from ImprovementPlan p where p.council.id = :councilId order by p.id desc")
@NamedQuery(
    name = ImprovementPlan.COUNT_OF_COUNCIL,
    query = "select count(p) from ImprovementPlan p where p.council.id = :councilId")
public class ImprovementPlan extends Tracked {

  public static final String OF_COUNCIL = "ImprovementPlan.ofCouncil";
  public static final String COUNT_OF_COUNCIL = "ImprovementPlan.countOfCouncil";
  public static final int TITLE_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "council_id")
  private Council council;

  @ManyToOne
  @JoinColumn(name = "assessment_id")
  private Assessment assessment;

  @Column(name = "title", nullable = false, length = TITLE_LENGTH)
  private String title;

  protected ImprovementPlan() {}

  public ImprovementPlan(Council council, Assessment assessment, String title) {
    this.council = council;
    this.assessment = assessment;
    this.title = title.strip();
  }

  public void retitle(String title) {
    this.title = title.strip();
  }

  public Long getId() {
    return id;
  }

  public Council getCouncil() {
    return council;
  }

  public Assessment getAssessment() {
    return assessment;
  }

  public String getTitle() {
    return title;
  }

  public long councilId() {
    return council.getId();
  }

  @Override
  public String auditType() {
    return "ImprovementPlan";
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
    state.put("title", title);
    state.put("assessment", assessment == null ? null : assessment.getId());
    return state;
  }
}
