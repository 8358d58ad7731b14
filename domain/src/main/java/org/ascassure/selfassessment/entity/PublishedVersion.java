package org.ascassure.selfassessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ascassure.platform.entity.Tracked;

/**
 * A self-assessment frozen as it stood when published: v1, v2, … Its content (JSON) and digest are
 * written once; an attempt to change them is refused.
 */
@Entity
@Table(name = "sa_published_version")
@NamedQuery(
    name = PublishedVersion.OF_SELF_ASSESSMENT,
    query =
        "select v from PublishedVersion v where v.selfAssessment.id = :id order by v.number desc")
@NamedQuery(
    name = PublishedVersion.LAST_NUMBER,
    query =
        "select coalesce(max(v.number), 0) from PublishedVersion v where v.selfAssessment.id ="
            + " :id")
public class PublishedVersion extends Tracked {

  public static final String OF_SELF_ASSESSMENT = "PublishedVersion.ofSelfAssessment";
  public static final String LAST_NUMBER = "PublishedVersion.lastNumber";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "self_assessment_id", updatable = false)
  private SelfAssessment selfAssessment;

  @Column(name = "number", nullable = false, updatable = false)
  private int number;

  @Column(name = "note", length = 1000, updatable = false)
  private String note;

  @Lob
  @Column(name = "content_json", nullable = false, updatable = false)
  private String contentJson;

  @Column(name = "content_sha256", nullable = false, updatable = false, length = 64)
  private String contentSha256;

  protected PublishedVersion() {}

  public PublishedVersion(
      SelfAssessment selfAssessment, int number, String note, String contentJson) {
    this.selfAssessment = selfAssessment;
    this.number = number;
    this.note = note;
    this.contentJson = contentJson;
    this.contentSha256 = Narrative.sha256(contentJson);
    selfAssessment.published(number);
  }

  @PreUpdate
  void refuseChange() {
    throw new IllegalStateException("A published version never changes.");
  }

  public String label() {
    return "v" + number;
  }

  public Long getId() {
    return id;
  }

  public SelfAssessment getSelfAssessment() {
    return selfAssessment;
  }

  public int getNumber() {
    return number;
  }

  public String getNote() {
    return note;
  }

  public String getContentJson() {
    return contentJson;
  }

  public String getContentSha256() {
    return contentSha256;
  }

  @Override
  public String auditType() {
    return "PublishedVersion";
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
    state.put("number", number);
    state.put("note", note);
    state.put("sha256", contentSha256);
    return state;
  }
}
