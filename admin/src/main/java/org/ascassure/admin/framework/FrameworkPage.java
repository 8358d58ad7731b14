package org.ascassure.admin.framework;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.ascassure.admin.platform.Caller;
import org.ascassure.admin.platform.FieldMessages;
import org.ascassure.admin.platform.Messages;
import org.ascassure.admin.platform.Navigation;
import org.ascassure.framework.boundary.FrameworkCatalogue;
import org.ascassure.framework.boundary.FrameworkVersions;
import org.ascassure.framework.boundary.FrameworkVersions.StatementText;
import org.ascassure.framework.entity.EvidenceCategory;
import org.ascassure.framework.entity.Framework;
import org.ascassure.framework.entity.FrameworkDifference;
import org.ascassure.framework.entity.QualityStatement;
import org.ascassure.framework.entity.Theme;
import org.ascassure.platform.boundary.DomainException;
import org.ascassure.platform.boundary.StaleVersionException;

/**
 * One framework: themes with their quality statements, scale, rating bands, evidence. Everyone
 * signed in reads a version in use or retired; an administrator also sees drafts and manages the
 * version: edits a draft (its name, theme titles, category names, statements), publishes or deletes
 * it, retires a version in use. View-scoped: every form carries the framework version the page was
 * read at, so a change someone else made in between is refused instead of overwritten, and what was
 * typed stays in the form.
 */
@Named
@ViewScoped
public class FrameworkPage implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> DETAILS =
      Map.of(
          "name", "details:name",
          "versionLabel", "details:versionLabel",
          "description", "details:description");

  private static final Map<String, String> NEW_STATEMENT =
      Map.of(
          "theme", "newStatement:theme",
          "code", "newStatement:code",
          "title", "newStatement:title",
          "description", "newStatement:description",
          "aliases", "newStatement:aliases");

  /** What the lifecycle form asks the administrator to confirm. */
  public enum Pending {
    NOTHING,
    DELETE,
    RETIRE
  }

  @Inject transient FrameworkCatalogue catalogue;

  @Inject transient FrameworkVersions versions;

  @Inject Caller caller;

  private String code;

  /** The framework version the page was read at: what every change expects. */
  private long version;

  private String name;
  private String versionLabel;
  private String description;
  private final HashMap<String, String> themeTitles = new HashMap<>();
  private final HashMap<String, String> categoryNames = new HashMap<>();

  private String newTheme;
  private String newCode;
  private String newTitle;
  private String newDescription;
  private boolean newScored = true;
  private String newAliases;

  private Pending pending = Pending.NOTHING;

  private transient Framework framework;

  private transient List<FrameworkDifference> differences;

  /** The view action: the framework the address names (drafts: administrators only). */
  public void load() {
    framework = code == null ? null : catalogue.findByCode(code).orElse(null);
    if (framework == null) {
      Navigation.notFound();
      return;
    }
    version = framework.getVersion();
    name = framework.getName();
    versionLabel = framework.getVersionLabel();
    description = framework.getDescription();
    framework.getThemes().forEach(t -> themeTitles.put(t.getCode(), t.getTitle()));
    framework.getEvidenceCategories().forEach(c -> categoryNames.put(c.getCode(), c.getName()));
  }

  public Framework getFramework() {
    if (framework == null && code != null) {
      framework = catalogue.findByCode(code).orElse(null);
    }
    return framework;
  }

  public boolean isAdmin() {
    return caller.isAdmin();
  }

  /** Whether the administrator may edit everything the version says: a draft. */
  public boolean isEditable() {
    return isAdmin() && getFramework() != null && getFramework().isDraft();
  }

  /** Whether the administrator may change statements' other names: a version in use. */
  public boolean isInUse() {
    return isAdmin() && getFramework() != null && getFramework().isActive();
  }

  /** A statement's other names, as one line. */
  public String aliases(QualityStatement statement) {
    return String.join(", ", statement.getAliases());
  }

  public String saveDetails() {
    return change(
        () ->
            versions.describe(
                code,
                version,
                new FrameworkVersions.Details(code, name, versionLabel, description)),
        "The name and description of " + code + " have been saved.",
        DETAILS);
  }

  /** Renames one theme; {@code row} is its place on the page, to show a problem at its field. */
  public String saveTheme(String themeCode, int row) {
    String title = themeTitles.get(themeCode);
    return change(
        () -> versions.retitleTheme(code, version, themeCode, title),
        "The theme is now called '" + (title == null ? "" : title.strip()) + "'.",
        Map.of("title", "structure:themes:" + row + ":title"));
  }

  public String saveCategory(String categoryCode, int row) {
    String categoryName = categoryNames.get(categoryCode);
    return change(
        () -> versions.renameCategory(code, version, categoryCode, categoryName),
        "The evidence category is now called '"
            + (categoryName == null ? "" : categoryName.strip())
            + "'.",
        Map.of("name", "categories:list:" + row + ":name"));
  }

  public String addStatement() {
    return change(
        () ->
            versions.addStatement(
                code,
                version,
                newTheme,
                newCode,
                new StatementText(newTitle, newDescription, newScored, lines(newAliases))),
        "The statement "
            + (newCode == null ? "" : newCode.strip().toUpperCase(java.util.Locale.ROOT))
            + " has been added.",
        NEW_STATEMENT);
  }

  public String publish() {
    return change(
        () -> versions.publish(code, version),
        code + " is now in use: new self-assessments can start with it.",
        Map.of());
  }

  /** The first step of deleting a draft or retiring a version: ask to confirm. */
  public void askToDelete() {
    pending = Pending.DELETE;
  }

  public void askToRetire() {
    pending = Pending.RETIRE;
  }

  public void cancel() {
    pending = Pending.NOTHING;
  }

  public String retire() {
    pending = Pending.NOTHING;
    return change(
        () -> versions.retire(code, version),
        code + " is retired: no new self-assessment starts with it. It stays readable.",
        Map.of());
  }

  public String delete() {
    pending = Pending.NOTHING;
    try {
      versions.delete(code, version);
      Messages.info("The draft " + code + " has been deleted.");
      return "/frameworks/index.xhtml?faces-redirect=true";
    } catch (StaleVersionException stale) {
      stale();
    } catch (DomainException rejected) {
      FieldMessages.of(rejected, Map.of());
    }
    framework = null;
    differences = null;
    return null;
  }

  /**
   * Makes one change against the version the page was read at; on success shows the page again as
   * it now is, otherwise says why here and keeps what was typed.
   */
  private String change(Supplier<Framework> change, String done, Map<String, String> inputs) {
    try {
      change.get();
      Messages.info(done);
      return here();
    } catch (StaleVersionException stale) {
      stale();
    } catch (DomainException rejected) {
      FieldMessages.of(rejected, inputs);
    }
    framework = null; // show the version as it is now, around the inputs as typed
    differences = null;
    return null;
  }

  static void stale() {
    Messages.errorNow(
        "This framework version was changed by someone else while you were editing it, so your"
            + " change was not saved. What you typed is still in the form: open the page again in"
            + " a new tab to see their change, then apply yours again.");
  }

  private String here() {
    return "/frameworks/framework.xhtml?faces-redirect=true&code="
        + URLEncoder.encode(code, StandardCharsets.UTF_8);
  }

  /** The lines of a text area, blank ones left out. */
  static List<String> lines(String text) {
    return text == null
        ? List.of()
        : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  public List<Theme> getThemes() {
    return getFramework() == null ? List.of() : getFramework().getThemes();
  }

  public List<EvidenceCategory> getEvidenceCategories() {
    return getFramework() == null ? List.of() : getFramework().getEvidenceCategories();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public long getVersion() {
    return version;
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

  public Map<String, String> getThemeTitles() {
    return themeTitles;
  }

  public Map<String, String> getCategoryNames() {
    return categoryNames;
  }

  public String getNewTheme() {
    return newTheme;
  }

  public void setNewTheme(String newTheme) {
    this.newTheme = newTheme;
  }

  public String getNewCode() {
    return newCode;
  }

  public void setNewCode(String newCode) {
    this.newCode = newCode;
  }

  public String getNewTitle() {
    return newTitle;
  }

  public void setNewTitle(String newTitle) {
    this.newTitle = newTitle;
  }

  public String getNewDescription() {
    return newDescription;
  }

  public void setNewDescription(String newDescription) {
    this.newDescription = newDescription;
  }

  public boolean isNewScored() {
    return newScored;
  }

  public void setNewScored(boolean newScored) {
    this.newScored = newScored;
  }

  public String getNewAliases() {
    return newAliases;
  }

  public void setNewAliases(String newAliases) {
    this.newAliases = newAliases;
  }

  public Pending getPending() {
    return pending;
  }

  /** What this version says differently from the one it was copied from, read once per request. */
  public List<FrameworkDifference> getDifferences() {
    if (differences == null) {
      Framework shown = getFramework();
      differences =
          shown == null || shown.getBasedOn() == null
              ? List.of()
              : catalogue.differences(code, null);
    }
    return differences;
  }
}
