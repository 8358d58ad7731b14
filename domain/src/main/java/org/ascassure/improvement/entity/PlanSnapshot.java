package org.ascassure.improvement.entity;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ascassure.platform.entity.Tracked;

/**
 * The plan as it was reported to an audience on a date, frozen as JSON. It has no method that
 * changes it, every column is not updatable, and an attempt to update or delete it fails; its
 * SHA-256 lets anyone check the copy is what was reported.
 */
@Entity
@Table(name = "plan_snapshot")
@NamedQuery(
    name = PlanSnapshot.OF_PLAN,
    query =
        "select s from PlanSnapshot s where s.plan.id = :planId order by s.takenOn desc, s.id desc")
@NamedQuery(
    name = PlanSnapshot.COUNT_OF_PLAN,
    query = "select count(s) from PlanSnapshot s where s.plan.id = :planId")
public class PlanSnapshot extends Tracked {

  public static final String OF_PLAN = "PlanSnapshot.ofPlan";
  public static final String COUNT_OF_PLAN = "PlanSnapshot.countOfPlan";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "plan_id", updatable = false)
  private ImprovementPlan plan;

  @Column(name = "taken_on", nullable = false, updatable = false)
  private LocalDate takenOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "audience", nullable = false, length = 30, updatable = false)
  private Audience audience;

  @Lob
  @Column(name = "content", nullable = false, updatable = false, columnDefinition = "LONGTEXT")
  private String content;

  @Column(name = "content_hash", nullable = false, length = 64, updatable = false)
  private String contentHash;

  protected PlanSnapshot() {}

  public PlanSnapshot(ImprovementPlan plan, LocalDate takenOn, Audience audience, String content) {
    this.plan = plan;
    this.takenOn = takenOn;
    this.audience = audience;
    this.content = content;
    this.contentHash = sha256(content);
  }

  @PreUpdate
  @PreRemove
  void refuseChange() {
    throw new IllegalStateException("Snapshot " + id + " is frozen: it cannot be changed.");
  }

  /** Whether the stored content still matches the hash taken when it was frozen. */
  public boolean isIntact() {
    return sha256(content).equals(contentHash);
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public Long getId() {
    return id;
  }

  public ImprovementPlan getPlan() {
    return plan;
  }

  public LocalDate getTakenOn() {
    return takenOn;
  }

  public Audience getAudience() {
    return audience;
  }

  public String getContent() {
    return content;
  }

  public String getContentHash() {
    return contentHash;
  }

  @Override
  public String auditType() {
    return "PlanSnapshot";
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
    state.put("takenOn", takenOn == null ? null : takenOn.toString());
    state.put("audience", audience == null ? null : audience.name());
    state.put("contentHash", contentHash);
    return state;
  }
}
