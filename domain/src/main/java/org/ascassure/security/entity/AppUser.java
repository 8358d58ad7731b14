package org.ascassure.security.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.ascassure.platform.entity.Tracked;

/** A person who signs in. The password is kept only as a PBKDF2 hash. */
@Entity
@Table(name = "app_user")
@NamedQuery(name = AppUser.ALL, query = "select u from AppUser u order by u.username")
@NamedQuery(name = AppUser.COUNT, query = "select count(u) from AppUser u")
@NamedQuery(
    name = AppUser.BY_USERNAME,
    query = "select u from AppUser u where u.username = :username")
public class AppUser extends Tracked {

  public static final String BY_USERNAME = "AppUser.byUsername";
  public static final String ALL = "AppUser.all";
  public static final String COUNT = "AppUser.count";
  public static final int USERNAME_LENGTH = Tracked.USER_NAME_LENGTH;
  public static final int DISPLAY_NAME_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "username", nullable = false, unique = true, length = USERNAME_LENGTH)
  private String username;

  @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_LENGTH)
  private String displayName;

  @Column(name = "password_hash", nullable = false, length = 255)
  private String passwordHash;

  @Column(name = "enabled", nullable = false)
  private boolean enabled = true;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 20)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  protected AppUser() {}

  public AppUser(String username, String displayName, String passwordHash, Set<Role> roles) {
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  /** Adds a role to those the user holds (their groups when they sign in). */
  public void grant(Role role) {
    roles.add(role);
  }

  /** Takes a role away, as when the identity provider no longer gives it. */
  public void revoke(Role role) {
    roles.remove(role);
  }

  /** Whether the user may sign in; a disabled user keeps their history and memberships. */
  public void allowSignIn(boolean allowed) {
    this.enabled = allowed;
  }

  public void changePasswordHash(String newHash) {
    this.passwordHash = newHash;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Set<Role> getRoles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  @Override
  public String auditType() {
    return "User";
  }

  @Override
  public Object auditId() {
    return id;
  }

  @Override
  public Long auditCouncilId() {
    return null;
  }

  /** Never the password hash itself: only whether it changed. */
  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("username", username);
    state.put("displayName", displayName);
    state.put("enabled", enabled);
    state.put("roles", new java.util.TreeSet<>(roles).toString());
    state.put(
        "password",
        passwordHash == null ? null : "set (" + Integer.toHexString(passwordHash.hashCode()) + ")");
    return state;
  }
}
