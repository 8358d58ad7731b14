package org.ascassure.admin.provider;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ascassure.admin.platform.Messages;
import org.ascassure.admin.platform.Navigation;
import org.ascassure.council.boundary.Councils;
import org.ascassure.council.entity.Council;
import org.ascassure.platform.boundary.DomainException;
import org.ascassure.platform.boundary.StaleVersionException;
import org.ascassure.provider.boundary.Providers;
import org.ascassure.provider.entity.Provider;
import org.ascassure.provider.entity.ProviderDetails;
import org.ascassure.provider.entity.Rating;
import org.ascassure.provider.entity.Sector;
import org.ascassure.provider.entity.ServiceType;
import org.ascassure.provider.entity.SupportEpisode;

/**
 * One provider: its details (added or changed by leads, directors and administrators; a save on a
 * version someone else has since changed is refused and keeps what was typed), its rating history
 * with a form to record a new rating, and its improvement support.
 */
@Named
@ViewScoped
public class ProviderPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Providers providers;

  @Inject transient Councils councils;

  private Long id;
  private Long councilId;
  private long version;
  private String cqcLocationId;
  private String name;
  private ServiceType serviceType;
  private Sector sector = Sector.INDEPENDENT;
  private boolean contracted;
  private String area;
  private LocalDate registeredOn;
  private LocalDate deregisteredOn;
  private LocalDate ratedOn;
  private Rating overall;
  private String team;
  private LocalDate startedOn;
  private LocalDate endedOn;
  private transient Provider provider;
  private transient Council council;
  private boolean loaded;

  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    if (id != null) {
      Provider p = getProvider();
      if (p == null) {
        Navigation.notFound();
        return;
      }
      councilId = p.councilId();
      fill(p);
    } else if (councilId == null || getCouncil() == null) {
      Navigation.notFound();
    } else if (!providers.canWrite(councilId)) {
      Navigation.forbidden();
    }
  }

  private void fill(Provider p) {
    ProviderDetails d = p.details();
    version = p.getVersion();
    cqcLocationId = d.cqcLocationId();
    name = d.name();
    serviceType = d.serviceType();
    sector = d.sector();
    contracted = d.contracted();
    area = d.area();
    registeredOn = d.registeredOn();
    deregisteredOn = d.deregisteredOn();
  }

  public Provider getProvider() {
    if (provider == null && id != null) {
      provider = providers.find(id).orElse(null);
    }
    return provider;
  }

  public Council getCouncil() {
    if (council == null && councilId != null) {
      council = councils.find(councilId).orElse(null);
    }
    return council;
  }

  public boolean isNew() {
    return id == null;
  }

  public boolean isCanWrite() {
    return councilId != null && providers.canWrite(councilId);
  }

  public String save() {
    ProviderDetails details =
        new ProviderDetails(
            cqcLocationId,
            name,
            serviceType,
            sector,
            contracted,
            area,
            registeredOn,
            deregisteredOn);
    try {
      Provider saved =
          id == null
              ? providers.create(councilId, details)
              : providers.update(id, version, details);
      Messages.info(saved.getName() + " has been saved.");
      return "/providers/provider?faces-redirect=true&id=" + saved.getId();
    } catch (StaleVersionException stale) {
      Messages.error(
          "Someone else changed this provider since you opened it, so your changes were not"
              + " saved. What you typed is still in the form: open the provider in a new tab to"
              + " see their version, then save again here.");
      version = stale.currentVersion();
      return null;
    } catch (DomainException rejected) {
      Messages.of(rejected);
      return null;
    }
  }

  public String rate() {
    try {
      providers.rate(id, ratedOn, overall, Map.of());
      Messages.info("The rating has been recorded.");
      return "/providers/provider?faces-redirect=true&id=" + id;
    } catch (DomainException rejected) {
      Messages.of(rejected);
      return null;
    }
  }

  public String startEpisode() {
    try {
      providers.startEpisode(id, team, startedOn, endedOn, null);
      Messages.info("The support episode has been recorded.");
      return "/providers/provider?faces-redirect=true&id=" + id;
    } catch (DomainException rejected) {
      Messages.of(rejected);
      return null;
    }
  }

  public List<SupportEpisode> getEpisodes() {
    return providers.episodes(councilId).stream()
        .filter(e -> e.getProvider().getId().equals(id))
        .toList();
  }

  public List<ServiceType> getServiceTypes() {
    return Arrays.asList(ServiceType.values());
  }

  public List<Sector> getSectors() {
    return Arrays.asList(Sector.values());
  }

  public List<Rating> getRatings() {
    return Arrays.asList(Rating.values());
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getCouncilId() {
    return councilId;
  }

  public void setCouncilId(Long councilId) {
    this.councilId = councilId;
  }

  public String getCqcLocationId() {
    return cqcLocationId;
  }

  public void setCqcLocationId(String cqcLocationId) {
    this.cqcLocationId = cqcLocationId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public ServiceType getServiceType() {
    return serviceType;
  }

  public void setServiceType(ServiceType serviceType) {
    this.serviceType = serviceType;
  }

  public Sector getSector() {
    return sector;
  }

  public void setSector(Sector sector) {
    this.sector = sector;
  }

  public boolean isContracted() {
    return contracted;
  }

  public void setContracted(boolean contracted) {
    this.contracted = contracted;
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public LocalDate getRegisteredOn() {
    return registeredOn;
  }

  public void setRegisteredOn(LocalDate registeredOn) {
    this.registeredOn = registeredOn;
  }

  public LocalDate getDeregisteredOn() {
    return deregisteredOn;
  }

  public void setDeregisteredOn(LocalDate deregisteredOn) {
    this.deregisteredOn = deregisteredOn;
  }

  public LocalDate getRatedOn() {
    return ratedOn;
  }

  public void setRatedOn(LocalDate ratedOn) {
    this.ratedOn = ratedOn;
  }

  public Rating getOverall() {
    return overall;
  }

  public void setOverall(Rating overall) {
    this.overall = overall;
  }

  public String getTeam() {
    return team;
  }

  public void setTeam(String team) {
    this.team = team;
  }

  public LocalDate getStartedOn() {
    return startedOn;
  }

  public void setStartedOn(LocalDate startedOn) {
    this.startedOn = startedOn;
  }

  public LocalDate getEndedOn() {
    return endedOn;
  }

  public void setEndedOn(LocalDate endedOn) {
    this.endedOn = endedOn;
  }
}
