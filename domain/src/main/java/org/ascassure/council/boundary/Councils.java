package org.ascassure.council.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ascassure.council.entity.Council;
import org.ascassure.council.entity.OnsCode;
import org.ascassure.platform.boundary.ConflictException;
import org.ascassure.platform.boundary.FieldError;
import org.ascassure.platform.boundary.InvalidInputException;
import org.ascassure.platform.boundary.NotFoundException;
import org.ascassure.platform.boundary.Page;
import org.ascassure.platform.boundary.PageRequest;
import org.ascassure.platform.boundary.StaleVersionException;
import org.ascassure.security.boundary.Access;

/** Creating, changing and finding councils. */
@Stateless
public class Councils {

  @PersistenceContext EntityManager em;

  @Inject Access access;

  public Council create(CouncilDetails details) {
    access.requireAdmin("add a council");
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
    access.requireAdmin("change a council's details");
    if (council.getVersion() != expectedVersion) {
      throw new StaleVersionException("Council " + id, expectedVersion, council.getVersion());
    }
    validate(details);
    requireUniqueOnsCode(details, id);
    council.describe(details.name().strip(), details.onsCode(), details.type(), details.region());
    em.flush();
    return council;
  }

  /** The council, if it exists and the caller may see it. */
  public Optional<Council> find(long id) {
    return Optional.ofNullable(em.find(Council.class, id)).filter(c -> access.canRead(c.getId()));
  }

  public Council get(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("Council", id));
  }

  public Optional<Council> findByOnsCode(OnsCode onsCode) {
    return anyByOnsCode(onsCode).filter(c -> access.canRead(c.getId()));
  }

  private Optional<Council> anyByOnsCode(OnsCode onsCode) {
    return em.createNamedQuery(Council.BY_ONS_CODE, Council.class)
        .setParameter("code", onsCode.value())
        .getResultStream()
        .findFirst();
  }

  /** The councils the caller may see, by name. */
  public Page<Council> list(PageRequest request) {
    Optional<Set<Long>> readable = access.readableCouncils();
    if (readable.isPresent() && readable.get().isEmpty()) {
      return new Page<>(List.of(), request.page(), request.size(), 0);
    }
    TypedQuery<Council> items =
        readable.isEmpty()
            ? em.createNamedQuery(Council.ALL, Council.class)
            : em.createNamedQuery(Council.ALL_OF, Council.class)
                .setParameter("ids", readable.get());
    TypedQuery<Long> total =
        readable.isEmpty()
            ? em.createNamedQuery(Council.COUNT, Long.class)
            : em.createNamedQuery(Council.COUNT_OF, Long.class).setParameter("ids", readable.get());
    return new Page<>(
        items.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList(),
        request.page(),
        request.size(),
        total.getSingleResult());
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
    // every council counts here, also those the caller cannot see
    anyByOnsCode(details.onsCode())
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
