package org.ascassure.framework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A kind of evidence the framework recognises, such as "People's experience". */
@Entity
@Table(name = "evidence_category")
public class EvidenceCategory {

  @Id private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "framework_id")
  private Framework framework;

  @Column(name = "code", nullable = false, length = 40)
  private String code;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "position", nullable = false)
  private int position;

  protected EvidenceCategory() {}

  EvidenceCategory(Framework framework, String code, String name, int position) {
    this.framework = framework;
    this.code = code;
    this.name = name;
    this.position = position;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public int getPosition() {
    return position;
  }
}
