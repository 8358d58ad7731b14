package org.ascassure.provider.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ascassure.council.boundary.Councils;
import org.ascassure.council.entity.Council;
import org.ascassure.platform.boundary.FieldError;
import org.ascassure.platform.boundary.InvalidInputException;
import org.ascassure.platform.boundary.NotFoundException;
import org.ascassure.platform.boundary.Page;
import org.ascassure.platform.boundary.PageRequest;
import org.ascassure.platform.boundary.StaleVersionException;
import org.ascassure.provider.entity.KeyQuestion;
import org.ascassure.provider.entity.Provider;
import org.ascassure.provider.entity.ProviderDetails;
import org.ascassure.provider.entity.ProviderRating;
import org.ascassure.provider.entity.Rating;
import org.ascassure.provider.entity.ServiceType;
import org.ascassure.provider.entity.SupportEpisode;
import org.ascassure.security.boundary.Access;
import org.ascassure.security.entity.Role;

/**
 * A council's providers, their rating history and the improvement support given to them: leads and
 * directors write, every member reads, administrators everywhere.
 */
@Stateless
public class Providers {

  /** Who writes providers, ratings, episodes and inspection issues at a council. */
  static final Role[] WRITERS = {Role.LEAD, Role.DIRECTOR};

  @PersistenceContext EntityManager em;

  @Inject Access access;

  @Inject Councils councils;

  public Provider create(long councilId, ProviderDetails details) {
    Council council = councils.get(councilId);
    access.requireRole(councilId, "add providers", WRITERS);
    check(councilId, null, details);
    Provider provider = new Provider(council, details);
    em.persist(provider);
    em.flush();
    return provider;
  }

  public Provider update(long id, long expectedVersion, ProviderDetails details) {
    Provider provider = changeable(id, expectedVersion);
    check(provider.councilId(), provider.getId(), details);
    provider.describe(details);
    em.flush();
    return provider;
  }

  /** Adds the rating CQC published on a date; a provider has at most one per date. */
  public ProviderRating rate(
      long providerId, LocalDate ratedOn, Rating overall, Map<KeyQuestion, Rating> questions) {
    Provider provider = get(providerId);
    access.requireRole(provider.councilId(), "record ratings", WRITERS);
    List<FieldError> errors = new ArrayList<>();
    if (ratedOn == null) {
      errors.add(new FieldError("ratedOn", "Give the date CQC published the rating."));
    } else if (provider.ratingOn(ratedOn).isPresent()) {
      errors.add(new FieldError("ratedOn", "The provider already has a rating of that date."));
    }
    if (overall == null) {
      errors.add(new FieldError("overall", "Give the overall rating."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The rating is not valid.", errors);
    }
    ProviderRating rating = provider.rate(ratedOn, overall, questions);
    em.persist(rating);
    em.flush();
    return rating;
  }

  /** Starts recording a spell of improvement support for a provider. */
  public SupportEpisode startEpisode(
      long providerId, String team, LocalDate startedOn, LocalDate endedOn, String notes) {
    Provider provider = get(providerId);
    access.requireRole(provider.councilId(), "record improvement support", WRITERS);
    SupportEpisode episode = new SupportEpisode(provider);
    describe(episode, team, startedOn, endedOn, notes);
    em.persist(episode);
    em.flush();
    return episode;
  }

  public SupportEpisode changeEpisode(
      long id,
      long expectedVersion,
      String team,
      LocalDate startedOn,
      LocalDate endedOn,
      String notes) {
    SupportEpisode episode = getEpisode(id);
    access.requireRole(episode.getProvider().councilId(), "record improvement support", WRITERS);
    if (episode.getVersion() != expectedVersion) {
      throw new StaleVersionException("The support episode", expectedVersion, episode.getVersion());
    }
    describe(episode, team, startedOn, endedOn, notes);
    em.flush();
    return episode;
  }

  private static void describe(
      SupportEpisode episode, String team, LocalDate startedOn, LocalDate endedOn, String notes) {
    List<FieldError> errors = new ArrayList<>();
    String t = team == null ? "" : team.strip();
    if (t.isEmpty()) {
      errors.add(new FieldError("team", "Name the team that gave the support."));
    } else if (t.length() > SupportEpisode.TEAM_LENGTH) {
      errors.add(
          new FieldError(
              "team", "The team may have at most " + SupportEpisode.TEAM_LENGTH + " characters."));
    }
    if (startedOn == null) {
      errors.add(new FieldError("startedOn", "Give the date the support started."));
    } else if (endedOn != null && endedOn.isBefore(startedOn)) {
      errors.add(new FieldError("endedOn", "The support cannot end before it started."));
    }
    String n = notes == null || notes.isBlank() ? null : notes.strip();
    if (n != null && n.length() > SupportEpisode.NOTES_LENGTH) {
      errors.add(
          new FieldError(
              "notes", "Notes may have at most " + SupportEpisode.NOTES_LENGTH + " characters."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The support episode is not valid.", errors);
    }
    episode.describe(t, startedOn, endedOn, n);
  }

  public SupportEpisode getEpisode(long id) {
    return Optional.ofNullable(em.find(SupportEpisode.class, id))
        .filter(e -> access.canRead(e.getProvider().councilId()))
        .orElseThrow(() -> new NotFoundException("Support episode", id));
  }

  public List<SupportEpisode> episodes(long councilId) {
    councils.get(councilId);
    return em.createNamedQuery(SupportEpisode.OF_COUNCIL, SupportEpisode.class)
        .setParameter("councilId", councilId)
        .getResultList();
  }

  /** The provider, if it exists and the caller may see its council. */
  public Optional<Provider> find(long id) {
    return Optional.ofNullable(em.find(Provider.class, id))
        .filter(p -> access.canRead(p.councilId()));
  }

  public Provider get(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("Provider", id));
  }

  /** Every provider of the council with its ratings, for the quality figures. */
  public List<Provider> allOfCouncil(long councilId) {
    councils.get(councilId);
    return em.createNamedQuery(Provider.OF_COUNCIL_WITH_RATINGS, Provider.class)
        .setParameter("councilId", councilId)
        .getResultList();
  }

  /** The council's providers by name, filtered by text (name, location id, area) and type. */
  public Page<Provider> search(
      long councilId, String text, ServiceType serviceType, PageRequest request) {
    String q = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    List<Provider> matching =
        allOfCouncil(councilId).stream()
            .filter(p -> serviceType == null || p.getServiceType() == serviceType)
            .filter(
                p ->
                    q.isEmpty()
                        || p.getName().toLowerCase(Locale.ROOT).contains(q)
                        || p.getCqcLocationId().toLowerCase(Locale.ROOT).contains(q)
                        || (p.getArea() != null
                            && p.getArea().toLowerCase(Locale.ROOT).contains(q)))
            .sorted(
                Comparator.comparing((Provider p) -> p.getName().toLowerCase(Locale.ROOT))
                    .thenComparing(Provider::getId))
            .toList();
    int from = Math.min(request.offset(), matching.size());
    int to = Math.min(from + request.size(), matching.size());
    return new Page<>(matching.subList(from, to), request.page(), request.size(), matching.size());
  }

  public Optional<Provider> findByLocation(long councilId, String location) {
    return em.createNamedQuery(Provider.BY_LOCATION, Provider.class)
        .setParameter("councilId", councilId)
        .setParameter("location", location)
        .getResultStream()
        .findFirst();
  }

  /** Whether the caller may write providers at the council (pages hide what they may not). */
  public boolean canWrite(long councilId) {
    Access.Caller caller = access.caller();
    return caller.seesEverything()
        || caller.hasRoleAt(councilId, Role.LEAD)
        || caller.hasRoleAt(councilId, Role.DIRECTOR);
  }

  private Provider changeable(long id, long expectedVersion) {
    Provider provider = get(id);
    access.requireRole(provider.councilId(), "change providers", WRITERS);
    if (provider.getVersion() != expectedVersion) {
      throw new StaleVersionException("The provider", expectedVersion, provider.getVersion());
    }
    return provider;
  }

  /** Every rule the details break, at once. */
  void check(long councilId, Long self, ProviderDetails d) {
    List<FieldError> errors = new ArrayList<>();
    if (d.cqcLocationId() == null || d.cqcLocationId().isEmpty()) {
      errors.add(
          new FieldError("cqcLocationId", "Give the CQC location id (such as 1-123456789)."));
    } else if (d.cqcLocationId().length() > Provider.LOCATION_ID_LENGTH) {
      errors.add(
          new FieldError(
              "cqcLocationId",
              "A CQC location id has at most " + Provider.LOCATION_ID_LENGTH + " characters."));
    } else {
      findByLocation(councilId, d.cqcLocationId())
          .filter(other -> !other.getId().equals(self))
          .ifPresent(
              other ->
                  errors.add(
                      new FieldError(
                          "cqcLocationId",
                          "Location "
                              + d.cqcLocationId()
                              + " is already recorded for "
                              + other.getName()
                              + ".")));
    }
    if (d.name() == null || d.name().isEmpty()) {
      errors.add(new FieldError("name", "Give the location's name."));
    } else if (d.name().length() > Provider.NAME_LENGTH) {
      errors.add(
          new FieldError(
              "name", "The name may have at most " + Provider.NAME_LENGTH + " characters."));
    }
    if (d.area() != null && d.area().length() > Provider.AREA_LENGTH) {
      errors.add(
          new FieldError(
              "area",
              "The ward or area may have at most " + Provider.AREA_LENGTH + " characters."));
    }
    if (d.registeredOn() != null
        && d.deregisteredOn() != null
        && d.deregisteredOn().isBefore(d.registeredOn())) {
      errors.add(
          new FieldError(
              "deregisteredOn", "A location cannot be deregistered before it registered."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The provider's details are not valid.", errors);
    }
  }
}
