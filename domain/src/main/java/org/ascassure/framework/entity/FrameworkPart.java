package org.ascassure.framework.entity;

import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ascassure.audit.control.AuditListener;
import org.ascassure.audit.entity.Audited;

/**
 * A part of one framework version (theme, statement, evidence category, scale level, rating band).
 * Parts are created when an administrator copies a version and changed while it is a draft, and
 * every such write is on the audit trail under the part's framework.
 */
@MappedSuperclass
@EntityListeners(AuditListener.class)
public abstract class FrameworkPart implements Audited {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = Framework.IDS)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "framework_id")
  private Framework framework;

  protected FrameworkPart() {}

  FrameworkPart(Framework framework) {
    this.framework = framework;
  }

  public Long getId() {
    return id;
  }

  public Framework getFramework() {
    return framework;
  }

  /** The part's own fields, as the audit trail shows them. */
  abstract Map<String, Object> partState();

  @Override
  public Object auditId() {
    return id;
  }

  @Override
  public Long auditCouncilId() {
    return null;
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("framework", framework == null ? null : framework.getCode());
    state.putAll(partState());
    return state;
  }
}
