package org.ascassure.selfassessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ascassure.platform.entity.Tracked;

/** Section C: a stakeholder's reflective comment or an endorsement of the self-assessment. */
@Entity
@Table(name = "sa_sign_off")
public class SignOff extends Tracked {

  public static final int NAME_LENGTH = 200;
  public static final int COMMENT_LENGTH = 4000;

  /** A reflective comment from a stakeholder, or an endorsement for submission. */
  public enum Kind {
    STAKEHOLDER_COMMENT,
    ENDORSEMENT
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "self_assessment_id")
  private SelfAssessment selfAssessment;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 30)
  private Kind kind;

  @Column(name = "person_name", nullable = false, length = NAME_LENGTH)
  private String personName;

  @Column(name = "person_role", length = NAME_LENGTH)
  private String personRole;

  @Column(name = "organisation", length = NAME_LENGTH)
  private String organisation;

  @Column(name = "given_on", nullable = false)
  private LocalDate givenOn;

  @Column(name = "comment_text", length = COMMENT_LENGTH)
  private String comment;

  protected SignOff() {}

  public SignOff(
      SelfAssessment selfAssessment,
      Kind kind,
      String personName,
      String personRole,
      String organisation,
      LocalDate givenOn,
      String comment) {
    this.selfAssessment = selfAssessment;
    this.kind = kind;
    this.personName = personName;
    this.personRole = personRole;
    this.organisation = organisation;
    this.givenOn = givenOn;
    this.comment = comment;
  }

  public Long getId() {
    return id;
  }

  public Kind getKind() {
    return kind;
  }

  public String getPersonName() {
    return personName;
  }

  public String getPersonRole() {
    return personRole;
  }

  public String getOrganisation() {
    return organisation;
  }

  public LocalDate getGivenOn() {
    return givenOn;
  }

  public String getComment() {
    return comment;
  }

  @Override
  public String auditType() {
    return "SignOff";
  }

  @Override
  public Object auditId() {
    return id;
  }

  @Override
  public Long auditCouncilId() {
    return selfAssessment == null ? null : selfAssessment.auditCouncilId();
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("selfAssessment", selfAssessment == null ? null : selfAssessment.getId());
    state.put("kind", kind == null ? null : kind.name());
    state.put("name", personName);
    state.put("role", personRole);
    state.put("organisation", organisation);
    state.put("givenOn", givenOn == null ? null : givenOn.toString());
    state.put("comment", comment);
    return state;
  }
}
