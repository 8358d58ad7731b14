package org.ascassure.security.entity;

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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ascassure.platform.entity.Tracked;

/** A user's role at one council; a lead's scope narrows what they may edit there. */
@Entity
@Table(name = "council_membership")
// OF_USER gives what a signed-in caller may do: a disabled user's memberships no longer count
@NamedQuery(
    name = Membership.OF_USER,
    query =
        "select m from Membership m where m.user.username = :username and m.user.enabled = true"
            + " order by m.councilId")
@NamedQuery(
    name = Membership.OF_USER_ID,
    query = "select m from Membership m where m.user.id = :userId order by m.councilId, m.id")
public class Membership extends Tracked {

  public static final String OF_USER = "Membership.ofUser";
  public static final String OF_USER_ID = "Membership.ofUserId";
  public static final int SCOPE_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "user_id", nullable = false)
  private AppUser user;

  @Column(name = "council_id", nullable = false)
  private Long councilId;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 20)
  private Role role;

  @Column(name = "scope", length = SCOPE_LENGTH)
  private String scope;

  protected Membership() {}

  public Membership(AppUser user, long councilId, Role role, List<String> scope) {
    this.user = user;
    this.councilId = councilId;
    this.role = role;
    this.scope = scope == null || scope.isEmpty() ? null : String.join(",", scope);
  }

  public Long getId() {
    return id;
  }

  public AppUser getUser() {
    return user;
  }

  public long getCouncilId() {
    return councilId;
  }

  public Role getRole() {
    return role;
  }

  /** Theme or statement codes a lead may edit; empty means the whole council. */
  public List<String> getScope() {
    return scope == null ? List.of() : Arrays.asList(scope.split(","));
  }

  @Override
  public String auditType() {
    return "Membership";
  }

  @Override
  public Object auditId() {
    return id;
  }

  @Override
  public Long auditCouncilId() {
    return councilId;
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("user", user == null ? null : user.getUsername());
    state.put("council", councilId);
    state.put("role", role == null ? null : role.name());
    state.put("scope", scope);
    return state;
  }
}
