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
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A saved text of a narrative: who saved it and when. Never changed after it is written (no setter;
 * the columns are not updatable); the narrative's audit record names the revision and its digest.
 */
@Entity
@Table(name = "sa_narrative_revision")
@NamedQuery(
    name = NarrativeRevision.OF_NARRATIVE,
    query =
        "select r from NarrativeRevision r where r.narrative.id = :narrativeId order by r.number"
            + " desc")
@NamedQuery(
    name = NarrativeRevision.BY_NUMBER,
    query =
        "select r from NarrativeRevision r where r.narrative.id = :narrativeId and r.number ="
            + " :number")
public class NarrativeRevision {

  public static final String OF_NARRATIVE = "NarrativeRevision.ofNarrative";
  public static final String BY_NUMBER = "NarrativeRevision.byNumber";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "narrative_id", updatable = false)
  private Narrative narrative;

  @Column(name = "number", nullable = false, updatable = false)
  private int number;

  @Lob
  @Column(name = "body_html", nullable = false, updatable = false)
  private String bodyHtml;

  @Column(name = "revised_at", nullable = false, updatable = false)
  private LocalDateTime revisedAt;

  @Column(name = "revised_by", nullable = false, updatable = false, length = 100)
  private String revisedBy;

  protected NarrativeRevision() {}

  NarrativeRevision(
      Narrative narrative, int number, String bodyHtml, String revisedBy, LocalDateTime revisedAt) {
    this.narrative = narrative;
    this.number = number;
    this.bodyHtml = bodyHtml;
    this.revisedBy = revisedBy;
    this.revisedAt = revisedAt;
  }

  public Long getId() {
    return id;
  }

  public Narrative getNarrative() {
    return narrative;
  }

  public int getNumber() {
    return number;
  }

  public String getBodyHtml() {
    return bodyHtml;
  }

  public LocalDateTime getRevisedAt() {
    return revisedAt;
  }

  public String getRevisedBy() {
    return revisedBy;
  }
}
