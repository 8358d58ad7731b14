package org.ascassure.framework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;

/** A kind of evidence the framework recognises, such as "People's experience". */
@Entity
@Table(name = "evidence_category")
public class EvidenceCategory extends FrameworkPart {

  @Column(name = "code", nullable = false, length = 40)
  private String code;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "position", nullable = false)
  private int position;

  protected EvidenceCategory() {}

  EvidenceCategory(Framework framework, String code, String name, int position) {
    super(framework);
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

  /** Renames the category of a draft version. */
  public void rename(String newName) {
    getFramework().requireDraft();
    this.name = newName;
  }

  @Override
  public String auditType() {
    return "EvidenceCategory";
  }

  @Override
  Map<String, Object> partState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("code", code);
    state.put("name", name);
    return state;
  }
}
