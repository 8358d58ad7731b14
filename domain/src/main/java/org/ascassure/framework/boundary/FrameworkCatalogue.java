package org.ascassure.framework.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.ascassure.framework.entity.Framework;
import org.ascassure.framework.entity.FrameworkDifference;
import org.ascassure.platform.boundary.InvalidInputException;
import org.ascassure.platform.boundary.NotFoundException;
import org.ascassure.security.boundary.Access;

/**
 * The frameworks the product knows. Drafts exist only for administrators: to anyone else a draft is
 * not there. {@link FrameworkVersions} makes and changes versions.
 */
@Stateless
public class FrameworkCatalogue {

  @PersistenceContext EntityManager em;

  @Inject Access access;

  public List<Framework> all() {
    return em.createNamedQuery(Framework.ALL, Framework.class).getResultList().stream()
        .filter(this::visible)
        .toList();
  }

  /** The versions a new self-assessment can start with: those in use. */
  public List<Framework> active() {
    return all().stream().filter(Framework::isActive).toList();
  }

  /** The versions an outcome can be recorded against: in use or retired, never a draft. */
  public List<Framework> published() {
    return all().stream().filter(f -> !f.isDraft()).toList();
  }

  public Optional<Framework> findByCode(String code) {
    return em.createNamedQuery(Framework.BY_CODE, Framework.class)
        .setParameter("code", code)
        .getResultStream()
        .filter(this::visible)
        .findFirst();
  }

  public Framework getByCode(String code) {
    return findByCode(code).orElseThrow(() -> new NotFoundException("Framework", code));
  }

  /**
   * What version {@code code} says differently from {@code fromCode}, or, with no {@code fromCode},
   * from the version it was copied from. Both must be visible to the caller.
   */
  public List<FrameworkDifference> differences(String code, String fromCode) {
    Framework to = getByCode(code);
    String from = fromCode == null || fromCode.isBlank() ? to.getBasedOn() : fromCode.strip();
    if (from == null) {
      throw new InvalidInputException(
          "from", code + " was not copied from another version: name one to compare it with.");
    }
    return FrameworkDifference.between(getByCode(from), to);
  }

  private boolean visible(Framework framework) {
    return !framework.isDraft() || access.caller().seesEverything();
  }
}
