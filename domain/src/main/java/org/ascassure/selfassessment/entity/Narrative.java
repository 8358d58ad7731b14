package org.ascassure.selfassessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ascassure.platform.entity.Tracked;

/**
 * One part of a self-assessment's text, as sanitised HTML. Each revision is kept; the current text
 * is the newest revision's.
 */
@Entity
@Table(name = "sa_narrative")
public class Narrative extends Tracked {

  /** A narrative holds at most this many characters of HTML (about 40 pages of prose). */
  public static final int MAX_HTML_LENGTH = 200_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "self_assessment_id")
  private SelfAssessment selfAssessment;

  @Column(name = "slot", nullable = false, length = 80)
  private String slot;

  @Enumerated(EnumType.STRING)
  @Column(name = "part", nullable = false, length = 40)
  private NarrativePart part;

  /** The theme or statement code the part is about; empty for council-wide parts. */
  @Column(name = "subject_code", length = 40)
  private String subjectCode;

  @Column(name = "position", nullable = false)
  private int position;

  @Lob
  @Column(name = "body_html", nullable = false)
  private String bodyHtml = "";

  @Column(name = "revision_number", nullable = false)
  private int revisionNumber;

  protected Narrative() {}

  Narrative(SelfAssessment selfAssessment, NarrativePart part, String subjectCode, int position) {
    this.selfAssessment = selfAssessment;
    this.part = part;
    this.subjectCode = subjectCode;
    this.slot = part.slot(subjectCode);
    this.position = position;
  }

  /**
   * Replaces the text with already sanitised HTML and returns the revision to keep, or nothing when
   * the text did not change.
   */
  public java.util.Optional<NarrativeRevision> revise(
      String sanitisedHtml, String by, LocalDateTime at) {
    selfAssessment.requireEditable();
    if (sanitisedHtml.equals(bodyHtml)) {
      return java.util.Optional.empty();
    }
    bodyHtml = sanitisedHtml;
    revisionNumber++;
    return java.util.Optional.of(
        new NarrativeRevision(this, revisionNumber, sanitisedHtml, by, at));
  }

  public boolean isEmpty() {
    return bodyHtml.isBlank();
  }

  public Long getId() {
    return id;
  }

  public SelfAssessment getSelfAssessment() {
    return selfAssessment;
  }

  public String getSlot() {
    return slot;
  }

  public NarrativePart getPart() {
    return part;
  }

  public String getSubjectCode() {
    return subjectCode;
  }

  public int getPosition() {
    return position;
  }

  public String getBodyHtml() {
    return bodyHtml;
  }

  public int getRevisionNumber() {
    return revisionNumber;
  }

  @Override
  public String auditType() {
    return "Narrative";
  }

  @Override
  public Object auditId() {
    return id;
  }

  @Override
  public Long auditCouncilId() {
    return selfAssessment == null ? null : selfAssessment.auditCouncilId();
  }

  /** The text itself lives in the revisions; the trail records which revision and its digest. */
  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("selfAssessment", selfAssessment == null ? null : selfAssessment.getId());
    state.put("slot", slot);
    state.put("revision", revisionNumber);
    state.put("characters", bodyHtml == null ? 0 : bodyHtml.length());
    state.put("sha256", sha256(bodyHtml));
    return state;
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest((text == null ? "" : text).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
