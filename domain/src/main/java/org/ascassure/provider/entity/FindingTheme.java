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
import java.util.LinkedHashMap;
import java.util.Map;
import org.ascassure.council.entity.Council;
import org.ascassure.platform.entity.Tracked;

/** A heading a council files inspection findings under, with the training it offers for it. */
@Entity
@Table(name = "finding_theme")
@NamedQuery(
    name = FindingTheme.OF_COUNCIL,
    query =
        "select t from FindingTheme t where t.council.id = :councilId order by t.position, t.id")
public class FindingTheme extends Tracked {

  public static final String OF_COUNCIL = "FindingTheme.ofCouncil";
  public static final int NAME_LENGTH = 200;
  public static final int OFFER_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "council_id")
  private Council council;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "name", nullable = false, length = NAME_LENGTH)
  private String name;

  @Column(name = "training_offer", length = OFFER_LENGTH)
  private String trainingOffer;

  protected FindingTheme() {}

  public FindingTheme(Council council, int position, String name, String trainingOffer) {
    this.council = council;
    this.position = position;
    describe(name, trainingOffer);
  }

  public void describe(String name, String trainingOffer) {
    this.name = name;
    this.trainingOffer = trainingOffer;
  }

  public Long getId() {
    return id;
  }

  public long councilId() {
    return council.getId();
  }

  public int getPosition() {
    return position;
  }

  public String getName() {
    return name;
  }

  public String getTrainingOffer() {
    return trainingOffer;
  }

  @Override
  public String auditType() {
    return "FindingTheme";
  }

  @Override
  public Object auditId() {
    return id;
  }

  @Override
  public Long auditCouncilId() {
    return council == null ? null : council.getId();
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("name", name);
    state.put("trainingOffer", trainingOffer);
    return state;
  }
}
