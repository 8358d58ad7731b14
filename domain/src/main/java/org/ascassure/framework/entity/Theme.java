package org.ascassure.framework.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A group of statements: "Working with people", or the APA's "Delivering outcomes". */
@Entity
@Table(name = "framework_theme")
public class Theme {

  @Id private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "framework_id")
  private Framework framework;

  @Column(name = "code", nullable = false, length = 40)
  private String code;

  @Column(name = "title", nullable = false, length = 200)
  private String title;

  @Column(name = "position", nullable = false)
  private int position;

  @OneToMany(mappedBy = "theme", cascade = CascadeType.ALL)
  @OrderBy("position")
  private List<QualityStatement> statements = new ArrayList<>();

  protected Theme() {}

  Theme(Framework framework, String code, String title, int position) {
    this.framework = framework;
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

  public Long getId() {
    return id;
  }

  public Framework getFramework() {
    return framework;
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
}
