package org.ascassure.council.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ascassure.council.entity.Council;
import org.ascassure.council.entity.OnsCode;
import org.ascassure.platform.boundary.ConflictException;
import org.ascassure.platform.boundary.FieldError;
import org.ascassure.platform.boundary.InvalidInputException;
import org.ascassure.platform.boundary.NotFoundException;
import org.ascassure.platform.boundary.Page;
import org.ascassure.platform.boundary.PageRequest;
import org.ascassure.platform.boundary.StaleVersionException;

/** Creating, changing and finding councils. */
@Stateless
public class Councils {

  @PersistenceContext EntityManager em;

  public Council create(CouncilDetails details) {
    validate(details);
    requireUniqueOnsCode(details, null);
    Council council =
        new Council(details.name().strip(), details.onsCode(), details.type(), details.region());
    em.persist(council);
    em.flush();
    return council;
  }

  /** Changes a council if nobody else has since the caller read version {@code expectedVersion}. */
  public Council update(long id, long expectedVersion, CouncilDetails details) {
    Council council = get(id);
    if (council.getVersion() != expectedVersion) {
      throw new StaleVersionException("Council " + id, expectedVersion, council.getVersion());
    }
    validate(details);
    requireUniqueOnsCode(details, id);
    council.describe(details.name().strip(), details.onsCode(), details.type(), details.region());
    em.flush();
    return council;
  }

  public Optional<Council> find(long id) {
    return Optional.ofNullable(em.find(Council.class, id));
  }

  public Council get(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("Council", id));
  }

  public Optional<Council> findByOnsCode(OnsCode onsCode) {
    return em.createNamedQuery(Council.BY_ONS_CODE, Council.class)
        .setParameter("code", onsCode.value())
        .getResultStream()
        .findFirst();
  }

  public Page<Council> list(PageRequest request) {
    List<Council> items =
        em.createNamedQuery(Council.ALL, Council.class)
            .setFirstResult(request.offset())
            .setMaxResults(request.size())
            .getResultList();
    long total = em.createNamedQuery(Council.COUNT, Long.class).getSingleResult();
    return new Page<>(items, request.page(), request.size(), total);
  }

  private static void validate(CouncilDetails details) {
    List<FieldError> errors = new ArrayList<>();
    if (details.name() == null || details.name().isBlank()) {
      errors.add(new FieldError("name", "The council's name is required."));
    } else if (details.name().strip().length() > Council.NAME_LENGTH) {
      errors.add(
          new FieldError(
              "name", "The name may have at most " + Council.NAME_LENGTH + " characters."));
    }
    if (details.onsCode() == null) {
      errors.add(new FieldError("onsCode", "The ONS code is required, such as E10000018."));
    }
    if (details.type() == null) {
      errors.add(new FieldError("type", "The type of council is required."));
    }
    if (details.region() == null) {
      errors.add(new FieldError("region", "The region is required."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The council's details are not complete.", errors);
    }
  }

  private void requireUniqueOnsCode(CouncilDetails details, Long exceptId) {
    findByOnsCode(details.onsCode())
        .filter(other -> !other.getId().equals(exceptId))
        .ifPresent(
            other -> {
              throw new ConflictException(
                  "The ONS code "
                      + details.onsCode()
                      + " already belongs to "
                      + other.getName()
                      + ".");
            });
  }
}
