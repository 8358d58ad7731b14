package org.ascassure.admin.council;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ascassure.admin.platform.Caller;
import org.ascassure.admin.platform.Messages;
import org.ascassure.admin.platform.Navigation;
import org.ascassure.admin.platform.NotAllowedException;
import org.ascassure.assessment.boundary.Assessments;
import org.ascassure.assessment.entity.Assessment;
import org.ascassure.council.boundary.CouncilDetails;
import org.ascassure.council.boundary.Councils;
import org.ascassure.council.entity.Council;
import org.ascassure.council.entity.CouncilType;
import org.ascassure.council.entity.OnsCode;
import org.ascassure.council.entity.Region;
import org.ascassure.platform.boundary.DomainException;
import org.ascassure.platform.boundary.PageRequest;
import org.ascassure.platform.boundary.StaleVersionException;

/**
 * One council: its details (editable by administrators) and its published outcomes. Without an id
 * the page adds a new council. The version read with the form travels back with it, so a save over
 * someone else's newer change is refused rather than silently overwriting it.
 */
@Named
@RequestScoped
public class CouncilPage {

  @Inject Councils councils;

  @Inject Assessments assessments;

  @Inject Caller caller;

  private Long id;
  private long version;
  private String name;
  private OnsCode onsCode;
  private CouncilType type;
  private Region region;
  private Council council;
  private List<Assessment> outcomes;

  /** The view action: reads the council the address names (not on a postback). */
  public void load() {
    if (id == null) {
      if (!caller.isAdmin()) {
        Navigation.forbidden();
      }
      return;
    }
    council = councils.find(id).orElse(null);
    if (council == null) {
      Navigation.notFound();
      return;
    }
    version = council.getVersion();
    name = council.getName();
    onsCode = council.getOnsCode();
    type = council.getType();
    region = council.getRegion();
  }

  public String save() {
    CouncilDetails details = new CouncilDetails(name, onsCode, type, region);
    try {
      caller.requireAdmin();
      Council saved = id == null ? councils.create(details) : councils.update(id, version, details);
      Messages.info(saved.getName() + (id == null ? " has been added." : " has been saved."));
      return "/councils/council.xhtml?faces-redirect=true&id=" + saved.getId();
    } catch (StaleVersionException stale) {
      Messages.error(
          "Someone else changed this council while you were editing it, so your changes were not"
              + " saved. Your entries are still in the form: open the council again in a new tab"
              + " to see the latest details, then make your changes there.");
    } catch (DomainException rejected) {
      Messages.of(rejected);
    } catch (NotAllowedException refused) {
      Messages.error(refused.getMessage());
    }
    return null;
  }

  public List<Assessment> getOutcomes() {
    if (outcomes == null) {
      outcomes = id == null ? List.of() : assessments.ofCouncil(id, PageRequest.first()).items();
    }
    return outcomes;
  }

  public boolean isNew() {
    return id == null;
  }

  public Council getCouncil() {
    if (council == null && id != null) {
      council = councils.find(id).orElse(null);
    }
    return council;
  }

  public CouncilType[] getTypes() {
    return CouncilType.values();
  }

  public Region[] getRegions() {
    return Region.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public OnsCode getOnsCode() {
    return onsCode;
  }

  public void setOnsCode(OnsCode onsCode) {
    this.onsCode = onsCode;
  }

  public CouncilType getType() {
    return type;
  }

  public void setType(CouncilType type) {
    this.type = type;
  }

  public Region getRegion() {
    return region;
  }

  public void setRegion(Region region) {
    this.region = region;
  }
}
