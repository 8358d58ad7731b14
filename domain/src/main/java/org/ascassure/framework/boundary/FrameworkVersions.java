package org.ascassure.framework.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.ascassure.framework.entity.EvidenceCategory;
import org.ascassure.framework.entity.Framework;
import org.ascassure.framework.entity.FrameworkStatus;
import org.ascassure.framework.entity.QualityStatement;
import org.ascassure.framework.entity.StatementCode;
import org.ascassure.framework.entity.Theme;
import org.ascassure.platform.boundary.ConflictException;
import org.ascassure.platform.boundary.FieldError;
import org.ascassure.platform.boundary.InvalidInputException;
import org.ascassure.platform.boundary.NotFoundException;
import org.ascassure.platform.boundary.StaleVersionException;
import org.ascassure.platform.control.Texts;
import org.ascassure.security.boundary.Access;

/**
 * Administrators manage framework versions. A new version is a DRAFT copy of an existing one; while
 * a draft, everything it says can be edited (its name, themes, statements, evidence categories) and
 * statements added or taken out; published, it is in use and only its statements' other names can
 * change; retired, it is kept as it was. Every change names the framework version it was made
 * against (optimistic lock on the framework, whichever part changes) so two administrators never
 * silently overwrite each other.
 */
@Stateless
public class FrameworkVersions {

  /** lower-case letters, digits and hyphens, such as cqc-la-2026 */
  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,38}[a-z0-9]");

  @PersistenceContext EntityManager em;

  @Inject FrameworkCatalogue catalogue;

  @Inject Access access;

  /** What names a version. */
  public record Details(String code, String name, String versionLabel, String description) {}

  /** What a statement says; {@code aliases} are the other names documents give it. */
  public record StatementText(
      String title, String description, Boolean scored, List<String> aliases) {}

  /** Copies {@code fromCode}, a published version, into a new draft named by {@code details}. */
  public Framework copy(String fromCode, Details details) {
    access.requireAdmin("add framework versions");
    List<FieldError> errors = new ArrayList<>();
    Framework source = null;
    if (fromCode == null || fromCode.isBlank()) {
      errors.add(new FieldError("copyOf", "Name the version to copy, such as cqc-la-2023."));
    } else {
      source = catalogue.findByCode(fromCode.strip()).orElse(null);
      if (source == null) {
        errors.add(new FieldError("copyOf", "There is no framework '" + fromCode.strip() + "'."));
      } else if (source.isDraft()) {
        // a copy names its source for good: a draft may be deleted, a published version never
        errors.add(
            new FieldError(
                "copyOf", fromCode.strip() + " is a draft: copy a version in use or retired."));
      }
    }
    String code = details.code() == null ? "" : details.code().strip();
    if (!CODE.matcher(code).matches()) {
      errors.add(
          new FieldError(
              "code",
              "The code is 3 to 40 lower-case letters, digits and hyphens, such as cqc-la-2026."));
    }
    checkDetails(details, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The framework version cannot be added.", errors);
    }
    if (catalogue.findByCode(code).isPresent()) { // an administrator sees every version
      throw new ConflictException("There is already a framework '" + code + "'.");
    }
    Framework copy =
        source.copyAs(
            code,
            details.name().strip(),
            details.versionLabel().strip(),
            Texts.blankToNull(details.description()));
    em.persist(copy);
    em.flush();
    return copy;
  }

  /** Renames a draft. */
  public Framework describe(String code, long expectedVersion, Details details) {
    Framework framework = draft(code, expectedVersion, "renamed");
    List<FieldError> errors = new ArrayList<>();
    checkDetails(details, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The framework version cannot be renamed.", errors);
    }
    framework.describe(
        details.name().strip(),
        details.versionLabel().strip(),
        Texts.blankToNull(details.description()));
    return saved(framework);
  }

  public Framework retitleTheme(String code, long expectedVersion, String themeCode, String title) {
    Framework framework = draft(code, expectedVersion, "changed");
    Theme theme =
        framework
            .findTheme(themeCode)
            .orElseThrow(() -> new NotFoundException("Theme", code + "/" + themeCode));
    List<FieldError> errors = new ArrayList<>();
    checkText(errors, "title", title, Theme.TITLE_LENGTH, true);
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The theme cannot be renamed.", errors);
    }
    theme.retitle(title.strip());
    return saved(framework);
  }

  public Framework renameCategory(
      String code, long expectedVersion, String categoryCode, String name) {
    Framework framework = draft(code, expectedVersion, "changed");
    EvidenceCategory category =
        framework
            .findEvidenceCategory(categoryCode)
            .orElseThrow(
                () -> new NotFoundException("Evidence category", code + "/" + categoryCode));
    List<FieldError> errors = new ArrayList<>();
    checkText(errors, "name", name, Theme.TITLE_LENGTH, true);
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The evidence category cannot be renamed.", errors);
    }
    category.rename(name.strip());
    return saved(framework);
  }

  /**
   * Changes a statement. In a draft, everything it says; in a version in use, only its other names
   * (a change to its title, description or scoring is refused: that needs a new version; leaving
   * them out leaves them as they are).
   */
  public Framework changeStatement(
      String code, long expectedVersion, String statementCode, StatementText text) {
    Framework framework = current(code, expectedVersion);
    QualityStatement statement = statementOf(framework, statementCode);
    if (framework.getStatus() == FrameworkStatus.RETIRED) {
      throw new ConflictException(
          code + " is retired: it is kept as it was. Copy it to make a new version.");
    }
    List<FieldError> errors = new ArrayList<>();
    List<String> aliases = checkedAliases(framework, statement, text.aliases(), errors);
    boolean scored = text.scored() == null ? statement.isScored() : text.scored();
    if (framework.isDraft()) {
      checkText(errors, "title", text.title(), QualityStatement.TITLE_LENGTH, true);
      checkText(
          errors, "description", text.description(), QualityStatement.DESCRIPTION_LENGTH, false);
    } else if (text.title() != null
            && !Objects.equals(Texts.blankToNull(text.title()), statement.getTitle())
        || text.description() != null
            && !Objects.equals(Texts.blankToNull(text.description()), statement.getDescription())
        || scored != statement.isScored()) {
      throw new ConflictException(
          code
              + " is in use: only the other names of "
              + statement.getCode()
              + " can change. Copy the version to change what a statement says.");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The statement cannot be changed.", errors);
    }
    if (framework.isDraft()) {
      statement.change(
          Texts.blankToNull(text.title()), Texts.blankToNull(text.description()), scored);
    }
    statement.renameAliases(aliases);
    return saved(framework);
  }

  /** Adds a statement at the end of a draft's theme. */
  public Framework addStatement(
      String code,
      long expectedVersion,
      String themeCode,
      String statementCode,
      StatementText text) {
    Framework framework = draft(code, expectedVersion, "changed");
    List<FieldError> errors = new ArrayList<>();
    Theme theme = themeCode == null ? null : framework.findTheme(themeCode.strip()).orElse(null);
    if (theme == null) {
      errors.add(new FieldError("theme", "Choose one of the framework's themes."));
    }
    StatementCode parsed = null;
    try {
      parsed = StatementCode.parse(statementCode);
      if (framework.findStatement(parsed).isPresent()) {
        errors.add(new FieldError("code", code + " already has a statement " + parsed + "."));
      }
    } catch (InvalidInputException e) {
      errors.add(new FieldError("code", e.getMessage()));
    }
    checkText(errors, "title", text.title(), QualityStatement.TITLE_LENGTH, true);
    checkText(
        errors, "description", text.description(), QualityStatement.DESCRIPTION_LENGTH, false);
    List<String> aliases = checkedAliases(framework, null, text.aliases(), errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The statement cannot be added.", errors);
    }
    QualityStatement statement =
        theme
            .addStatement(
                parsed.value(),
                Texts.blankToNull(text.title()),
                text.scored() == null || text.scored())
            .describedAs(Texts.blankToNull(text.description()));
    aliases.forEach(statement::alsoKnownAs);
    return saved(framework);
  }

  /** Takes a statement out of a draft. */
  public Framework removeStatement(String code, long expectedVersion, String statementCode) {
    Framework framework = draft(code, expectedVersion, "changed");
    QualityStatement statement = statementOf(framework, statementCode);
    statement.getTheme().removeStatement(statement);
    return saved(framework);
  }

  /** Puts a draft into use, if every theme has statements and at least one is scored. */
  public Framework publish(String code, long expectedVersion) {
    Framework framework = draft(code, expectedVersion, "published");
    List<String> problems = framework.publicationProblems();
    if (!problems.isEmpty()) {
      throw new InvalidInputException(
          "The framework version cannot be published.",
          problems.stream().map(p -> new FieldError("themes", p)).toList());
    }
    framework.publish();
    return saved(framework);
  }

  /** Stops offering a version for new self-assessments. */
  public Framework retire(String code, long expectedVersion) {
    Framework framework = current(code, expectedVersion);
    if (!framework.isActive()) {
      throw new ConflictException(
          code
              + " is "
              + framework.getStatus().phrase()
              + ": only a version in use can be retired.");
    }
    framework.retire();
    return saved(framework);
  }

  /** Deletes a draft: nothing can have used it. */
  public void delete(String code, long expectedVersion) {
    Framework framework = draft(code, expectedVersion, "deleted");
    em.remove(framework);
    em.flush();
  }

  // --- helpers -----------------------------------------------------------------------------

  private Framework current(String code, long expectedVersion) {
    access.requireAdmin("manage framework versions");
    Framework framework = catalogue.getByCode(code);
    if (framework.getVersion() != expectedVersion) {
      throw new StaleVersionException("Framework " + code, expectedVersion, framework.getVersion());
    }
    em.lock(framework, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    return framework;
  }

  private Framework draft(String code, long expectedVersion, String what) {
    Framework framework = current(code, expectedVersion);
    if (!framework.isDraft()) {
      throw new ConflictException(
          code
              + " is "
              + framework.getStatus().phrase()
              + ": only a draft can be "
              + what
              + ". Copy it to make a new version.");
    }
    return framework;
  }

  private Framework saved(Framework framework) {
    em.flush();
    return framework;
  }

  private static QualityStatement statementOf(Framework framework, String statementCode) {
    String wanted = statementCode == null ? "" : statementCode.strip();
    return framework.statements().stream()
        .filter(s -> s.getCode().equalsIgnoreCase(wanted))
        .findFirst()
        .orElseThrow(
            () -> new NotFoundException("Statement", framework.getCode() + "/" + statementCode));
  }

  /**
   * The other names, stripped and without repeats (ignoring case); none may be blank, too long, or
   * already name another statement of the framework (an import could not tell them apart).
   */
  private static List<String> checkedAliases(
      Framework framework,
      QualityStatement statement,
      List<String> aliases,
      List<FieldError> errors) {
    if (aliases == null) {
      return statement == null ? List.of() : statement.getAliases();
    }
    Set<String> seen = new LinkedHashSet<>();
    List<String> kept = new ArrayList<>();
    for (String alias : aliases) {
      String name = Texts.blankToNull(alias);
      if (name == null) {
        continue;
      }
      if (name.length() > QualityStatement.ALIAS_LENGTH) {
        errors.add(
            new FieldError(
                "aliases",
                "'"
                    + name.substring(0, 20)
                    + "…' is longer than "
                    + QualityStatement.ALIAS_LENGTH
                    + " characters."));
        continue;
      }
      if (!seen.add(name.toLowerCase(Locale.ROOT))) {
        continue;
      }
      framework
          .findStatementByName(name)
          .filter(other -> other != statement)
          .ifPresent(
              other ->
                  errors.add(
                      new FieldError(
                          "aliases", "'" + name + "' already names " + other.getCode() + ".")));
      kept.add(name);
    }
    return kept;
  }

  private static void checkDetails(Details details, List<FieldError> errors) {
    checkText(errors, "name", details.name(), Framework.NAME_LENGTH, true);
    checkText(errors, "versionLabel", details.versionLabel(), Framework.VERSION_LABEL_LENGTH, true);
    checkText(errors, "description", details.description(), Framework.DESCRIPTION_LENGTH, false);
  }

  private static void checkText(
      List<FieldError> errors, String field, String value, int max, boolean required) {
    Texts.check(
        errors,
        field,
        field.equals("versionLabel") ? "version label" : field,
        value,
        max,
        required);
  }
}
