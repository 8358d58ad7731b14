package org.ascassure.security.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.ascassure.security.entity.AppUser;
import org.ascassure.security.entity.Membership;
import org.ascassure.security.entity.Role;

/**
 * What the user store says about a caller. An EJB, so that the persistence unit is found whichever
 * module asks: {@code Access} is a CDI bean that the admin WAR calls directly (from its page
 * layout), and a persistence context of its own was resolved in the module that created it first -
 * on a freshly started server, the WAR, which cannot see the domain's unit.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CallerRecords {

  /** One membership as access rules need it. */
  public record Member(long councilId, Role role, List<String> scope) {}

  @PersistenceContext EntityManager em;

  public List<Member> memberships(String username) {
    return em
        .createNamedQuery(Membership.OF_USER, Membership.class)
        .setParameter("username", username)
        .getResultList()
        .stream()
        .map(m -> new Member(m.getCouncilId(), m.getRole(), List.copyOf(m.getScope())))
        .toList();
  }

  /**
   * From the user store rather than {@code isCallerInRole}: inside the EJB module the container
   * maps no roles (it answered false for administrators).
   */
  public boolean isAdmin(String username) {
    return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
        .setParameter("username", username)
        .getResultStream()
        .anyMatch(user -> user.isEnabled() && user.getRoles().contains(Role.ADMIN));
  }
}
