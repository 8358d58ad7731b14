package org.ascassure.framework.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What is assessed and scored: a CQC quality statement, or an APA outcome. Written domains (APA
 * "Leadership") are statements that are not scored.
 */
@Entity
@Table(name = "quality_statement")
public class QualityStatement {

  @Id private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "theme_id")
  private Theme theme;

  @Column(name = "code", nullable = false, length = StatementCode.LENGTH)
  private String code;

  @Column(name = "title", nullable = false, length = 200)
  private String title;

  @Column(name = "description", length = 2000)
  private String description;

  @Column(name = "scored", nullable = false)
  private boolean scored;

  @Column(name = "position", nullable = false)
  private int position;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "quality_statement_alias",
      joinColumns = @JoinColumn(name = "statement_id"))
  @Column(name = "alias", nullable = false, length = 200)
  private List<String> aliases = new ArrayList<>();

  protected QualityStatement() {}

  QualityStatement(Theme theme, StatementCode code, String title, boolean scored, int position) {
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

  boolean isKnownAs(String name) {
    if (name == null) {
      return false;
    }
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    return code.toLowerCase(Locale.ROOT).equals(wanted)
        || title.toLowerCase(Locale.ROOT).equals(wanted)
        || aliases.stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(wanted));
  }

  public Long getId() {
    return id;
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
}
