package org.ascassure.provider.entity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ascassure.council.entity.Council;
import org.ascassure.platform.entity.Tracked;

/** One CQC-registered location in a council's area, with its rating history. */
@Entity
@Table(name = "provider")
@NamedQuery(
    name = Provider.OF_COUNCIL_WITH_RATINGS,
    query =
        "select distinct p from Provider p left join fetch p.ratings"
            + " where p.council.id = :councilId")
@NamedQuery(
    name = Provider.BY_LOCATION,
    query =
        "select p from Provider p where p.council.id = :councilId and p.cqcLocationId = :location")
public class Provider extends Tracked {

  public static final String OF_COUNCIL_WITH_RATINGS = "Provider.ofCouncilWithRatings";
  public static final String BY_LOCATION = "Provider.byLocation";
  public static final int LOCATION_ID_LENGTH = 20;
  public static final int NAME_LENGTH = 200;
  public static final int AREA_LENGTH = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "council_id")
  private Council council;

  @Column(name = "cqc_location_id", nullable = false, length = LOCATION_ID_LENGTH)
  private String cqcLocationId;

  @Column(name = "name", nullable = false, length = NAME_LENGTH)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "service_type", nullable = false, length = 30)
  private ServiceType serviceType;

  @Enumerated(EnumType.STRING)
  @Column(name = "sector", nullable = false, length = 20)
  private Sector sector;

  @Column(name = "contracted", nullable = false)
  private boolean contracted;

  @Column(name = "area", length = AREA_LENGTH)
  private String area;

  @Column(name = "registered_on")
  private LocalDate registeredOn;

  @Column(name = "deregistered_on")
  private LocalDate deregisteredOn;

  @OneToMany(mappedBy = "provider", cascade = CascadeType.PERSIST)
  @OrderBy("ratedOn")
  private List<ProviderRating> ratings = new ArrayList<>();

  protected Provider() {}

  public Provider(Council council, ProviderDetails details) {
    this.council = council;
    describe(details);
  }

  /** Applies the details; true when anything changed. */
  public boolean describe(ProviderDetails d) {
    boolean changed =
        !Objects.equals(cqcLocationId, d.cqcLocationId())
            || !Objects.equals(name, d.name())
            || serviceType != d.serviceType()
            || sector != d.sector()
            || contracted != d.contracted()
            || !Objects.equals(area, d.area())
            || !Objects.equals(registeredOn, d.registeredOn())
            || !Objects.equals(deregisteredOn, d.deregisteredOn());
    cqcLocationId = d.cqcLocationId();
    name = d.name();
    serviceType = d.serviceType();
    sector = d.sector();
    contracted = d.contracted();
    area = d.area();
    registeredOn = d.registeredOn();
    deregisteredOn = d.deregisteredOn();
    return changed;
  }

  public ProviderDetails details() {
    return new ProviderDetails(
        cqcLocationId, name, serviceType, sector, contracted, area, registeredOn, deregisteredOn);
  }

  /** Adds a rating published on a date that has none yet. */
  public ProviderRating rate(
      LocalDate ratedOn, Rating overall, Map<KeyQuestion, Rating> questions) {
    ProviderRating rating = new ProviderRating(this, ratedOn, overall, questions);
    ratings.add(rating);
    ratings.sort(Comparator.comparing(ProviderRating::getRatedOn));
    return rating;
  }

  public Optional<ProviderRating> ratingOn(LocalDate date) {
    return ratings.stream().filter(r -> r.getRatedOn().equals(date)).findFirst();
  }

  /** Whether the location was registered with CQC on that day. */
  public boolean isActiveOn(LocalDate date) {
    return (registeredOn == null || !registeredOn.isAfter(date))
        && (deregisteredOn == null || deregisteredOn.isAfter(date));
  }

  /** The latest rating published on or before the date. */
  public Optional<ProviderRating> ratingInForce(LocalDate date) {
    ProviderRating found = null;
    for (ProviderRating r : ratings) {
      if (!r.getRatedOn().isAfter(date)) {
        found = r;
      }
    }
    return Optional.ofNullable(found);
  }

  /** The first rating published after the date. */
  public Optional<ProviderRating> firstRatingAfter(LocalDate date) {
    return ratings.stream().filter(r -> r.getRatedOn().isAfter(date)).findFirst();
  }

  public Long getId() {
    return id;
  }

  public Council getCouncil() {
    return council;
  }

  public long councilId() {
    return council.getId();
  }

  public String getCqcLocationId() {
    return cqcLocationId;
  }

  public String getName() {
    return name;
  }

  public ServiceType getServiceType() {
    return serviceType;
  }

  public Sector getSector() {
    return sector;
  }

  public boolean isContracted() {
    return contracted;
  }

  public String getArea() {
    return area;
  }

  public LocalDate getRegisteredOn() {
    return registeredOn;
  }

  public LocalDate getDeregisteredOn() {
    return deregisteredOn;
  }

  public List<ProviderRating> getRatings() {
    return List.copyOf(ratings);
  }

  @Override
  public String auditType() {
    return "Provider";
  }

  @Override
  public Object auditId() {
    return id;
  }

  @Override
  public Long auditCouncilId() {
    return council == null ? null : council.getId();
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("cqcLocationId", cqcLocationId);
    state.put("name", name);
    state.put("serviceType", serviceType);
    state.put("sector", sector);
    state.put("contracted", contracted);
    state.put("area", area);
    state.put("registeredOn", registeredOn);
    state.put("deregisteredOn", deregisteredOn);
    return state;
  }
}
