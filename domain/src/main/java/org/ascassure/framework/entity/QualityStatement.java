package org.ascassure.framework.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What is assessed and scored: a CQC quality statement, or an APA outcome. Written domains (APA
 * "Leadership") are statements that are not scored.
 */
@Entity
@Table(name = "quality_statement")
public class QualityStatement extends FrameworkPart {

  public static final int TITLE_LENGTH = 200;
  public static final int DESCRIPTION_LENGTH = 2000;
  public static final int ALIAS_LENGTH = 200;

  @ManyToOne(optional = false)
  @JoinColumn(name = "theme_id")
  private Theme theme;

  @Column(name = "code", nullable = false, length = StatementCode.LENGTH)
  private String code;

  @Column(name = "title", nullable = false, length = TITLE_LENGTH)
  private String title;

  @Column(name = "description", length = DESCRIPTION_LENGTH)
  private String description;

  @Column(name = "scored", nullable = false)
  private boolean scored;

  @Column(name = "position", nullable = false)
  private int position;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "quality_statement_alias",
      joinColumns = @JoinColumn(name = "statement_id"))
  @Column(name = "alias", nullable = false, length = ALIAS_LENGTH)
  private List<String> aliases = new ArrayList<>();

  protected QualityStatement() {}

  QualityStatement(Theme theme, StatementCode code, String title, boolean scored, int position) {
    super(theme.getFramework());
    this.theme = theme;
    this.code = code.value();
    this.title = title;
    this.scored = scored;
    this.position = position;
  }

  public QualityStatement alsoKnownAs(String alias) {
    aliases.add(alias);
    return this;
  }

  public QualityStatement describedAs(String text) {
    this.description = text;
    return this;
  }

  /** Changes what a draft's statement says: title, description and whether it is scored. */
  public void change(String newTitle, String newDescription, boolean newScored) {
    getFramework().requireDraft();
    this.title = newTitle;
    this.description = newDescription;
    this.scored = newScored;
  }

  /**
   * Replaces the statement's other names. Allowed while the version is in use too: they only help
   * imports and outcome forms recognise a statement by the name a document gives it.
   */
  public void renameAliases(List<String> newAliases) {
    if (getFramework().getStatus() == FrameworkStatus.RETIRED) {
      throw new IllegalStateException(getFramework().getCode() + " is retired");
    }
    aliases.clear();
    aliases.addAll(newAliases);
  }

  void placeAt(int newPosition) {
    this.position = newPosition;
  }

  boolean isKnownAs(String name) {
    if (name == null) {
      return false;
    }
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    return code.toLowerCase(Locale.ROOT).equals(wanted)
        || title.toLowerCase(Locale.ROOT).equals(wanted)
        || aliases.stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(wanted));
  }

  public Theme getTheme() {
    return theme;
  }

  public String getCode() {
    return code;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public boolean isScored() {
    return scored;
  }

  public int getPosition() {
    return position;
  }

  public List<String> getAliases() {
    return List.copyOf(aliases);
  }

  @Override
  public String auditType() {
    return "QualityStatement";
  }

  @Override
  Map<String, Object> partState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("theme", theme == null ? null : theme.getCode());
    state.put("code", code);
    state.put("title", title);
    state.put("description", description);
    state.put("scored", scored);
    state.put("position", position);
    state.put("aliases", String.join(" | ", aliases));
    return state;
  }
}
