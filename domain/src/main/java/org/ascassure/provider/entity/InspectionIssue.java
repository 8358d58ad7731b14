package org.ascassure.provider.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ascassure.platform.entity.Tracked;

/** One finding from a provider's inspection report, filed under a theme. */
@Entity
@Table(name = "inspection_issue")
@NamedQuery(
    name = InspectionIssue.OF_COUNCIL,
    query =
        "select i from InspectionIssue i where i.provider.council.id = :councilId"
            + " order by i.foundOn desc, i.id desc")
@NamedQuery(
    name = InspectionIssue.COUNT_OF_COUNCIL,
    query = "select count(i) from InspectionIssue i where i.provider.council.id = :councilId")
@NamedQuery(
    name = InspectionIssue.TALLY,
    query =
        "select i.theme.id, count(i) from InspectionIssue i"
            + " where i.provider.council.id = :councilId group by i.theme.id")
public class InspectionIssue extends Tracked {

  public static final String OF_COUNCIL = "InspectionIssue.ofCouncil";
  public static final String COUNT_OF_COUNCIL = "InspectionIssue.countOfCouncil";
  public static final String TALLY = "InspectionIssue.tally";
  public static final int TEXT_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "provider_id")
  private Provider provider;

  @ManyToOne(optional = false)
  @JoinColumn(name = "theme_id")
  private FindingTheme theme;

  @Column(name = "found_on", nullable = false)
  private LocalDate foundOn;

  @Column(name = "issue_text", nullable = false, length = TEXT_LENGTH)
  private String text;

  protected InspectionIssue() {}

  public InspectionIssue(Provider provider, FindingTheme theme, LocalDate foundOn, String text) {
    this.provider = provider;
    this.theme = theme;
    this.foundOn = foundOn;
    this.text = text;
  }

  public Long getId() {
    return id;
  }

  public Provider getProvider() {
    return provider;
  }

  public FindingTheme getTheme() {
    return theme;
  }

  public LocalDate getFoundOn() {
    return foundOn;
  }

  public String getText() {
    return text;
  }

  @Override
  public String auditType() {
    return "InspectionIssue";
  }

  @Override
  public Object auditId() {
    return id;
  }

  @Override
  public Long auditCouncilId() {
    return provider == null ? null : provider.councilId();
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("provider", provider == null ? null : provider.getId());
    state.put("theme", theme == null ? null : theme.getId());
    state.put("foundOn", foundOn);
    state.put("text", text);
    return state;
  }
}
