package org.ascassure.admin.provider;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.ascassure.admin.platform.Navigation;
import org.ascassure.council.boundary.Councils;
import org.ascassure.council.entity.Council;
import org.ascassure.platform.boundary.PageRequest;
import org.ascassure.provider.boundary.Providers;
import org.ascassure.provider.entity.Provider;
import org.ascassure.provider.entity.QualityFigures;
import org.ascassure.provider.entity.Rating;
import org.ascassure.provider.entity.ServiceType;

/**
 * A council's providers, filtered by text and service type from the address; without a council, a
 * member of one council goes straight to it and others choose.
 */
@Named
@ViewScoped
public class ProvidersPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Providers providers;

  @Inject transient Councils councils;

  private Long councilId;
  private String text;
  private ServiceType serviceType;
  private transient Council council;
  private transient List<Council> choices;
  private transient List<Provider> shown;
  private long total;

  public void load() {
    if (councilId == null) {
      List<Council> readable = getChoices();
      if (readable.size() == 1) {
        redirect("/providers/index.xhtml?council=" + readable.get(0).getId());
      }
      return;
    }
    if (getCouncil() == null) {
      Navigation.notFound();
    }
  }

  static void redirect(String path) {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      external.redirect(external.getRequestContextPath() + path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<Council> getChoices() {
    if (choices == null) {
      choices = councils.list(new PageRequest(1, PageRequest.MAX_SIZE)).items();
    }
    return choices;
  }

  public Council getCouncil() {
    if (council == null && councilId != null) {
      council = councils.find(councilId).orElse(null);
    }
    return council;
  }

  /** The first 200 matching providers (a council's market is rarely larger). */
  public List<Provider> getShown() {
    if (shown == null) {
      var page =
          providers.search(councilId, text, serviceType, new PageRequest(1, PageRequest.MAX_SIZE));
      shown = page.items();
      total = page.total();
    }
    return shown;
  }

  public long getTotal() {
    getShown();
    return total;
  }

  public Rating currentRating(Provider provider) {
    return QualityFigures.ratingOn(provider, LocalDate.now());
  }

  public boolean isCanWrite() {
    return councilId != null && providers.canWrite(councilId);
  }

  public List<ServiceType> getServiceTypes() {
    return Arrays.asList(ServiceType.values());
  }

  public String search() {
    return "/providers/index?faces-redirect=true&includeViewParams=true";
  }

  public Long getCouncilId() {
    return councilId;
  }

  public void setCouncilId(Long councilId) {
    this.councilId = councilId;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public ServiceType getServiceType() {
    return serviceType;
  }

  public void setServiceType(ServiceType serviceType) {
    this.serviceType = serviceType;
  }
}
