package org.ascassure.assessment.entity;

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
import java.util.LinkedHashMap;
import java.util.Map;
import org.ascassure.framework.entity.StatementCode;
import org.ascassure.platform.entity.Tracked;

/** A strength or an area for improvement the published report names for one statement. */
@Entity
@Table(name = "assessment_finding")
@NamedQuery(
    name = Finding.OF_ASSESSMENT,
    query =
        "select f from Finding f where f.assessment.id = :assessmentId"
            + " order by f.statementCode, f.kind, f.id")
public class Finding extends Tracked {

  public static final String OF_ASSESSMENT = "Finding.ofAssessment";
  public static final int TEXT_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "assessment_id")
  private Assessment assessment;

  @Column(name = "statement_code", nullable = false, length = StatementCode.LENGTH)
  private String statementCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 30)
  private FindingKind kind;

  @Column(name = "text", nullable = false, length = TEXT_LENGTH)
  private String text;

  protected Finding() {}

  public Finding(Assessment assessment, StatementCode statement, FindingKind kind, String text) {
    this.assessment = assessment;
    this.statementCode = statement.value();
    this.kind = kind;
    this.text = text.strip();
  }

  /** Corrects the finding; the caller has checked the statement belongs to the framework. */
  public void correct(StatementCode statement, FindingKind kind, String text) {
    this.statementCode = statement.value();
    this.kind = kind;
    this.text = text.strip();
  }

  public Long getId() {
    return id;
  }

  public Assessment getAssessment() {
    return assessment;
  }

  public String getStatementCode() {
    return statementCode;
  }

  public FindingKind getKind() {
    return kind;
  }

  public String getText() {
    return text;
  }

  @Override
  public String auditType() {
    return "Finding";
  }

  @Override
  public Object auditId() {
    return id;
  }

  @Override
  public Long auditCouncilId() {
    return assessment == null ? null : assessment.getCouncil().getId();
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("assessment", assessment == null ? null : assessment.getId());
    state.put("statement", statementCode);
    state.put("kind", kind == null ? null : kind.name());
    state.put("text", text);
    return state;
  }
}
