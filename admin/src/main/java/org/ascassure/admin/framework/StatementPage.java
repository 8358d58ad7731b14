package org.ascassure.admin.framework;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.ascassure.admin.platform.Caller;
import org.ascassure.admin.platform.FieldMessages;
import org.ascassure.admin.platform.Messages;
import org.ascassure.admin.platform.Navigation;
import org.ascassure.framework.boundary.FrameworkCatalogue;
import org.ascassure.framework.boundary.FrameworkVersions;
import org.ascassure.framework.boundary.FrameworkVersions.StatementText;
import org.ascassure.framework.entity.Framework;
import org.ascassure.framework.entity.QualityStatement;
import org.ascassure.platform.boundary.DomainException;
import org.ascassure.platform.boundary.StaleVersionException;

/**
 * One statement of a framework version, for an administrator to change ({@code
 * ?code=cqc-la-2026&statement=QS3}): in a draft everything it says, in a version in use only its
 * other names, in a retired version nothing. A draft's statement can also be taken out. The page
 * keeps the framework version it was read at, so a change someone else made in between is refused.
 */
@Named
@ViewScoped
public class StatementPage implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> INPUTS =
      Map.of(
          "title", "statement:title",
          "description", "statement:description",
          "scored", "statement:scored",
          "aliases", "statement:aliases");

  @Inject transient FrameworkCatalogue catalogue;

  @Inject transient FrameworkVersions versions;

  @Inject Caller caller;

  private String code;
  private String statementCode;
  private long version;
  private String title;
  private String description;
  private boolean scored;
  private String aliases;
  private boolean confirmingRemoval;

  private transient Framework framework;
  private transient QualityStatement statement;

  /** The view action: administrators only; the framework and statement the address names. */
  public void load() {
    if (!caller.isAdmin()) {
      Navigation.forbidden();
      return;
    }
    if (getStatement() == null) {
      Navigation.notFound();
      return;
    }
    version = framework.getVersion();
    title = statement.getTitle();
    description = statement.getDescription();
    scored = statement.isScored();
    aliases = String.join("\n", statement.getAliases());
  }

  public Framework getFramework() {
    if (framework == null && code != null) {
      framework = catalogue.findByCode(code).orElse(null);
    }
    return framework;
  }

  public QualityStatement getStatement() {
    if (statement == null && getFramework() != null && statementCode != null) {
      statement =
          framework.statements().stream()
              .filter(s -> s.getCode().equalsIgnoreCase(statementCode.strip()))
              .findFirst()
              .orElse(null);
    }
    return statement;
  }

  /** Whether everything the statement says can change: it is in a draft. */
  public boolean isEditable() {
    return getFramework() != null && framework.isDraft();
  }

  /** Whether its other names can change: a draft or a version in use, not a retired one. */
  public boolean isAliasesEditable() {
    return getFramework() != null && (framework.isDraft() || framework.isActive());
  }

  /** The statement's other names as they are saved, on one line. */
  public String getAliasLine() {
    return getStatement() == null ? "" : String.join(", ", getStatement().getAliases());
  }

  public String save() {
    try {
      StatementText text =
          isEditable()
              ? new StatementText(title, description, scored, FrameworkPage.lines(aliases))
              // in use: what it says stays as it is; only the other names are sent as typed
              : new StatementText(
                  getStatement().getTitle(),
                  getStatement().getDescription(),
                  getStatement().isScored(),
                  FrameworkPage.lines(aliases));
      versions.changeStatement(code, version, getStatement().getCode(), text);
      Messages.info("The statement " + getStatement().getCode() + " has been saved.");
      return frameworkPage();
    } catch (StaleVersionException stale) {
      FrameworkPage.stale();
    } catch (DomainException rejected) {
      FieldMessages.of(rejected, INPUTS);
    }
    return null;
  }

  public void askToRemove() {
    confirmingRemoval = true;
  }

  public void cancel() {
    confirmingRemoval = false;
  }

  public String remove() {
    confirmingRemoval = false;
    try {
      String removed = getStatement().getCode();
      versions.removeStatement(code, version, removed);
      Messages.info("The statement " + removed + " has been taken out of " + code + ".");
      return frameworkPage();
    } catch (StaleVersionException stale) {
      FrameworkPage.stale();
    } catch (DomainException rejected) {
      FieldMessages.of(rejected, Map.of());
    }
    return null;
  }

  private String frameworkPage() {
    return "/frameworks/framework.xhtml?faces-redirect=true&code="
        + URLEncoder.encode(code, StandardCharsets.UTF_8);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getStatementCode() {
    return statementCode;
  }

  public void setStatementCode(String statementCode) {
    this.statementCode = statementCode;
  }

  public long getVersion() {
    return version;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public boolean isScored() {
    return scored;
  }

  public void setScored(boolean scored) {
    this.scored = scored;
  }

  public String getAliases() {
    return aliases;
  }

  public void setAliases(String aliases) {
    this.aliases = aliases;
  }

  public boolean isConfirmingRemoval() {
    return confirmingRemoval;
  }
}
