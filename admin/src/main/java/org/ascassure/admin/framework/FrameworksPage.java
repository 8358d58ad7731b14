package org.ascassure.admin.framework;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.ascassure.admin.platform.Caller;
import org.ascassure.admin.platform.FieldMessages;
import org.ascassure.admin.platform.Messages;
import org.ascassure.framework.boundary.FrameworkCatalogue;
import org.ascassure.framework.boundary.FrameworkVersions;
import org.ascassure.framework.entity.Framework;
import org.ascassure.platform.boundary.DomainException;

/**
 * The list of frameworks (drafts only for administrators: the catalogue leaves them out for anyone
 * else) and, for administrators, adding a version as a draft copy of an existing one. View-scoped
 * so that what was typed stays in the form when the domain refuses it.
 */
@Named
@ViewScoped
public class FrameworksPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The form's inputs, by the field names the domain gives its errors. */
  private static final Map<String, String> INPUTS =
      Map.of(
          "copyOf", "version:copyOf",
          "code", "version:code",
          "name", "version:name",
          "versionLabel", "version:versionLabel",
          "description", "version:description");

  @Inject transient FrameworkCatalogue catalogue;

  @Inject transient FrameworkVersions versions;

  @Inject Caller caller;

  private String copyOf;
  private String code;
  private String name;
  private String versionLabel;
  private String description;

  private transient List<Framework> frameworks;

  public List<Framework> getFrameworks() {
    if (frameworks == null) {
      frameworks = catalogue.all();
    }
    return frameworks;
  }

  /** What a new version can be copied from: a published version, never a draft. */
  public List<Framework> getSources() {
    return getFrameworks().stream().filter(f -> !f.isDraft()).toList();
  }

  public boolean isAdmin() {
    return caller.isAdmin();
  }

  /** Adds the draft and opens it, where the administrator goes on to edit it. */
  public String add() {
    try {
      Framework draft =
          versions.copy(
              copyOf, new FrameworkVersions.Details(code, name, versionLabel, description));
      Messages.info(
          "The draft "
              + draft.getCode()
              + " has been added as a copy of "
              + draft.getBasedOn()
              + ". Only administrators see it until it is published.");
      return "/frameworks/framework.xhtml?faces-redirect=true&code="
          + URLEncoder.encode(draft.getCode(), StandardCharsets.UTF_8);
    } catch (DomainException rejected) {
      FieldMessages.of(rejected, INPUTS);
      frameworks = null;
      return null;
    }
  }

  public String getCopyOf() {
    return copyOf;
  }

  public void setCopyOf(String copyOf) {
    this.copyOf = copyOf;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getVersionLabel() {
    return versionLabel;
  }

  public void setVersionLabel(String versionLabel) {
    this.versionLabel = versionLabel;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
