package org.ascassure.admin.framework;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ascassure.admin.platform.Navigation;
import org.ascassure.framework.boundary.FrameworkCatalogue;
import org.ascassure.framework.entity.Framework;
import org.ascassure.framework.entity.QualityStatement;

/** One framework: themes with their quality statements, scale, rating bands, evidence. */
@Named
@RequestScoped
public class FrameworkPage {

  @Inject FrameworkCatalogue catalogue;

  private String code;
  private Framework framework;

  /** Called by the page's view action. */
  public void load() {
    framework = code == null ? null : catalogue.findByCode(code).orElse(null);
    if (framework == null) {
      Navigation.notFound();
    }
  }

  /** A statement's other names, as one line. */
  public String aliases(QualityStatement statement) {
    return String.join(", ", statement.getAliases());
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public Framework getFramework() {
    return framework;
  }
}
