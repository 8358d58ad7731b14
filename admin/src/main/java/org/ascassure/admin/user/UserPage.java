package org.ascassure.admin.user;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ascassure.admin.platform.Caller;
import org.ascassure.admin.platform.Messages;
import org.ascassure.admin.platform.Navigation;
import org.ascassure.admin.platform.NotAllowedException;
import org.ascassure.council.boundary.Councils;
import org.ascassure.council.entity.Council;
import org.ascassure.framework.boundary.FrameworkCatalogue;
import org.ascassure.framework.entity.QualityStatement;
import org.ascassure.framework.entity.Theme;
import org.ascassure.platform.boundary.DomainException;
import org.ascassure.platform.boundary.PageRequest;
import org.ascassure.platform.boundary.StaleVersionException;
import org.ascassure.security.boundary.Users;
import org.ascassure.security.entity.AppUser;
import org.ascassure.security.entity.Membership;
import org.ascassure.security.entity.Role;

/**
 * One user: without an id the page adds a user; with one it shows the user, lets an administrator
 * stop or allow their sign-in, and adds or removes their council memberships. Administrators only;
 * the domain checks that again on every change. View-scoped: which user the page shows must be
 * known when a postback decides which of its forms is there to receive it.
 */
@Named
@ViewScoped
public class UserPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The framework whose themes and statements a lead's scope is chosen from. */
  static final String SCOPE_FRAMEWORK = "cqc-la-2023";

  /** One choice of a lead's scope: a theme or statement code and what it is called. */
  public record ScopeOption(String code, String label) {}

  @Inject transient Users users;

  @Inject transient Councils councils;

  @Inject transient FrameworkCatalogue catalogue;

  @Inject Caller caller;

  private Long id;
  private long version;
  private String username;
  private String displayName;
  private String password;
  private Role[] roles = new Role[0];

  private Long councilId;
  private Role role;
  private List<String> scope = new ArrayList<>();

  private transient AppUser user;
  private transient List<Membership> memberships;
  private transient Map<Long, String> councilNames;

  /** The view action: the user the address names (not on a postback); administrators only. */
  public void load() {
    if (!caller.isAdmin()) {
      Navigation.forbidden();
      return;
    }
    if (id != null && getUser() == null) {
      Navigation.notFound();
      return;
    }
    if (id != null) {
      version = user.getVersion();
    }
  }

  public String create() {
    try {
      caller.requireAdmin();
      AppUser created =
          users.create(
              username,
              displayName,
              password,
              roles.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(roles)));
      Messages.info(created.getDisplayName() + " (" + created.getUsername() + ") has been added.");
      return "/users/user.xhtml?faces-redirect=true&id=" + created.getId();
    } catch (DomainException rejected) {
      Messages.of(rejected);
    } catch (NotAllowedException refused) {
      Messages.error(refused.getMessage());
    }
    password = null;
    return null;
  }

  public String addMembership() {
    try {
      caller.requireAdmin();
      Membership added = users.addMembership(id, councilId, role, scope);
      Messages.info(
          getUser().getDisplayName()
              + " is now "
              + added.getRole()
              + " at "
              + councilName(added.getCouncilId())
              + ".");
      return redirectHere();
    } catch (DomainException rejected) {
      Messages.of(rejected);
    } catch (NotAllowedException refused) {
      Messages.error(refused.getMessage());
    }
    return null;
  }

  public String removeMembership(long membershipId) {
    try {
      caller.requireAdmin();
      users.removeMembership(id, membershipId);
      Messages.info("The membership has been removed.");
      return redirectHere();
    } catch (DomainException rejected) {
      Messages.of(rejected);
    } catch (NotAllowedException refused) {
      Messages.error(refused.getMessage());
    }
    return null;
  }

  /** Stops the user signing in, or lets them again. */
  public String toggleEnabled() {
    try {
      caller.requireAdmin();
      AppUser changed = users.setEnabled(id, version, !getUser().isEnabled());
      Messages.info(
          changed.getDisplayName()
              + (changed.isEnabled() ? " can sign in again." : " can no longer sign in."));
      return redirectHere();
    } catch (StaleVersionException stale) {
      Messages.error(
          "Someone else changed this user while you were looking at it, so nothing was changed."
              + " Check the user's details below and try again.");
      return redirectHere();
    } catch (DomainException rejected) {
      Messages.of(rejected);
    } catch (NotAllowedException refused) {
      Messages.error(refused.getMessage());
    }
    return null;
  }

  private String redirectHere() {
    return "/users/user.xhtml?faces-redirect=true&id=" + id;
  }

  public boolean isNew() {
    return id == null;
  }

  public AppUser getUser() {
    if (user == null && id != null) {
      user = users.find(id).orElse(null);
    }
    return user;
  }

  public List<Membership> getMemberships() {
    if (memberships == null) {
      memberships = id == null ? List.of() : users.membershipsOf(id);
    }
    return memberships;
  }

  /** Every council, by name, for the membership form. */
  public List<Council> getCouncils() {
    return councils.list(new PageRequest(1, PageRequest.MAX_SIZE)).items();
  }

  public String councilName(long council) {
    if (councilNames == null) {
      councilNames = new LinkedHashMap<>();
    }
    return councilNames.computeIfAbsent(
        council, c -> councils.find(c).map(Council::getName).orElse("Council " + c));
  }

  /** Council roles: ADMIN is a system role, given when the user is added. */
  public List<Role> getCouncilRoles() {
    return List.of(Role.LEAD, Role.DIRECTOR, Role.AUDITOR);
  }

  public Role[] getAllRoles() {
    return Role.values();
  }

  /** The themes of the CQC framework, each followed by its statements. */
  public List<ScopeOption> getScopeOptions() {
    List<ScopeOption> options = new ArrayList<>();
    catalogue
        .findByCode(SCOPE_FRAMEWORK)
        .ifPresent(
            framework -> {
              for (Theme theme : framework.getThemes()) {
                options.add(new ScopeOption(theme.getCode(), "Theme: " + theme.getTitle()));
                for (QualityStatement statement : theme.getStatements()) {
                  options.add(
                      new ScopeOption(
                          statement.getCode(), statement.getCode() + " " + statement.getTitle()));
                }
              }
            });
    return options;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public Role[] getRoles() {
    return roles.clone();
  }

  public void setRoles(Role[] roles) {
    this.roles = roles == null ? new Role[0] : roles.clone();
  }

  public Long getCouncilId() {
    return councilId;
  }

  public void setCouncilId(Long councilId) {
    this.councilId = councilId;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public List<String> getScope() {
    return scope;
  }

  public void setScope(List<String> scope) {
    this.scope = scope == null ? new ArrayList<>() : scope;
  }
}
