package org.ascassure.admin.provider;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.ascassure.admin.platform.Messages;
import org.ascassure.admin.platform.Navigation;
import org.ascassure.council.boundary.Councils;
import org.ascassure.council.entity.Council;
import org.ascassure.platform.boundary.DomainException;
import org.ascassure.platform.boundary.PageRequest;
import org.ascassure.provider.boundary.FindingThemes;
import org.ascassure.provider.boundary.Providers;
import org.ascassure.provider.entity.InspectionIssue;
import org.ascassure.provider.entity.Provider;

/** Inspection findings by theme: the tally with each theme's training offer, and new issues. */
@Named
@ViewScoped
public class ThemesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient FindingThemes themes;

  @Inject transient Providers providers;

  @Inject transient Councils councils;

  private Long councilId;
  private Long providerId;
  private Long themeId;
  private LocalDate foundOn;
  private String text;
  private transient Council council;
  private transient List<FindingThemes.Tally> tally;

  public void load() {
    if (councilId == null || getCouncil() == null) {
      Navigation.notFound();
    }
  }

  public Council getCouncil() {
    if (council == null && councilId != null) {
      council = councils.find(councilId).orElse(null);
    }
    return council;
  }

  public List<FindingThemes.Tally> getTally() {
    if (tally == null) {
      tally = themes.tally(councilId);
    }
    return tally;
  }

  public long getTotal() {
    return getTally().stream().mapToLong(FindingThemes.Tally::issues).sum();
  }

  public List<InspectionIssue> getRecent() {
    return themes.issues(councilId, new PageRequest(1, 50)).items();
  }

  public List<Provider> getProviders() {
    return providers
        .search(councilId, null, null, new PageRequest(1, PageRequest.MAX_SIZE))
        .items();
  }

  public boolean isCanWrite() {
    return providers.canWrite(councilId);
  }

  public String record() {
    try {
      themes.record(
          providerId == null ? 0 : providerId, themeId == null ? 0 : themeId, foundOn, text);
      Messages.info("The issue has been recorded.");
      return "/providers/themes?faces-redirect=true&council=" + councilId;
    } catch (DomainException rejected) {
      Messages.of(rejected);
      return null;
    }
  }

  public Long getCouncilId() {
    return councilId;
  }

  public void setCouncilId(Long councilId) {
    this.councilId = councilId;
  }

  public Long getProviderId() {
    return providerId;
  }

  public void setProviderId(Long providerId) {
    this.providerId = providerId;
  }

  public Long getThemeId() {
    return themeId;
  }

  public void setThemeId(Long themeId) {
    this.themeId = themeId;
  }

  public LocalDate getFoundOn() {
    return foundOn;
  }

  public void setFoundOn(LocalDate foundOn) {
    this.foundOn = foundOn;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
