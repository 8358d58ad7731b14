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
import java.util.Optional;
import org.ascassure.platform.entity.Tracked;

/**
 * A spell of improvement support a council team gave a provider. The ratings before and after are
 * read from the provider's history: the one in force when support started, and the first published
 * after it started (an inspection during or after the support).
 */
@Entity
@Table(name = "support_episode")
@NamedQuery(
    name = SupportEpisode.OF_COUNCIL,
    query =
        "select e from SupportEpisode e where e.provider.council.id = :councilId"
            + " order by e.startedOn desc, e.id desc")
public class SupportEpisode extends Tracked {

  public static final String OF_COUNCIL = "SupportEpisode.ofCouncil";
  public static final int TEAM_LENGTH = 200;
  public static final int NOTES_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "provider_id")
  private Provider provider;

  @Column(name = "team", nullable = false, length = TEAM_LENGTH)
  private String team;

  @Column(name = "started_on", nullable = false)
  private LocalDate startedOn;

  @Column(name = "ended_on")
  private LocalDate endedOn;

  @Column(name = "notes", length = NOTES_LENGTH)
  private String notes;

  protected SupportEpisode() {}

  public SupportEpisode(Provider provider) {
    this.provider = provider;
  }

  public void describe(String team, LocalDate startedOn, LocalDate endedOn, String notes) {
    this.team = team;
    this.startedOn = startedOn;
    this.endedOn = endedOn;
    this.notes = notes;
  }

  public Optional<Rating> ratingBefore() {
    return provider.ratingInForce(startedOn).map(ProviderRating::getOverall);
  }

  public Optional<Rating> ratingAfter() {
    return provider.firstRatingAfter(startedOn).map(ProviderRating::getOverall);
  }

  public Long getId() {
    return id;
  }

  public Provider getProvider() {
    return provider;
  }

  public String getTeam() {
    return team;
  }

  public LocalDate getStartedOn() {
    return startedOn;
  }

  public LocalDate getEndedOn() {
    return endedOn;
  }

  public String getNotes() {
    return notes;
  }

  @Override
  public String auditType() {
    return "SupportEpisode";
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
    state.put("team", team);
    state.put("startedOn", startedOn);
    state.put("endedOn", endedOn);
    state.put("notes", notes);
    return state;
  }
}
