package org.ascassure.framework.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.ascassure.framework.entity.Framework;
import org.ascassure.platform.boundary.NotFoundException;

/** The frameworks the product knows. Read-only: frameworks arrive by migration. */
@Stateless
public class FrameworkCatalogue {

  @PersistenceContext EntityManager em;

  public List<Framework> all() {
    return em.createNamedQuery(Framework.ALL, Framework.class).getResultList();
  }

  public Optional<Framework> findByCode(String code) {
    return em.createNamedQuery(Framework.BY_CODE, Framework.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public Framework getByCode(String code) {
    return findByCode(code).orElseThrow(() -> new NotFoundException("Framework", code));
  }
}
