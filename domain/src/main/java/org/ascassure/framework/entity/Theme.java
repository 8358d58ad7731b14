package org.ascassure.framework.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A group of statements: "Working with people", or the APA's "Delivering outcomes". */
@Entity
@Table(name = "framework_theme")
public class Theme extends FrameworkPart {

  public static final int TITLE_LENGTH = 200;

  @Column(name = "code", nullable = false, length = 40)
  private String code;

  @Column(name = "title", nullable = false, length = TITLE_LENGTH)
  private String title;

  @Column(name = "position", nullable = false)
  private int position;

  @OneToMany(mappedBy = "theme", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<QualityStatement> statements = new ArrayList<>();

  protected Theme() {}

  Theme(Framework framework, String code, String title, int position) {
    super(framework);
    this.code = code;
    this.title = title;
    this.position = position;
  }

  public QualityStatement addStatement(
      String statementCode, String statementTitle, boolean scored) {
    QualityStatement statement =
        new QualityStatement(
            this, new StatementCode(statementCode), statementTitle, scored, statements.size() + 1);
    statements.add(statement);
    return statement;
  }

  /** Takes a statement out of a draft version; those after it move up. */
  public void removeStatement(QualityStatement statement) {
    getFramework().requireDraft();
    if (statements.remove(statement)) {
      for (int i = 0; i < statements.size(); i++) {
        statements.get(i).placeAt(i + 1);
      }
    }
  }

  /** Renames the theme of a draft version. */
  public void retitle(String newTitle) {
    getFramework().requireDraft();
    this.title = newTitle;
  }

  public String getCode() {
    return code;
  }

  public String getTitle() {
    return title;
  }

  public int getPosition() {
    return position;
  }

  public List<QualityStatement> getStatements() {
    return List.copyOf(statements);
  }

  @Override
  public String auditType() {
    return "FrameworkTheme";
  }

  @Override
  Map<String, Object> partState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("code", code);
    state.put("title", title);
    state.put("position", position);
    return state;
  }
}
