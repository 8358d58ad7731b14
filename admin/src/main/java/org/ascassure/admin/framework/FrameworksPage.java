package org.ascassure.admin.framework;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ascassure.framework.boundary.FrameworkCatalogue;
import org.ascassure.framework.entity.Framework;

/** The list of frameworks. */
@Named
@RequestScoped
public class FrameworksPage {

  @Inject FrameworkCatalogue catalogue;

  private List<Framework> frameworks;

  public List<Framework> getFrameworks() {
    if (frameworks == null) {
      frameworks = catalogue.all();
    }
    return frameworks;
  }
}
