package org.ascassure.council.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ascassure.platform.entity.Tracked;

/** A local authority with adult social care duties under the Care Act 2014. */
@Entity
@Table(name = "council")
@NamedQuery(name = Council.ALL, query = "select c from Council c order by c.name, c.id")
@NamedQuery(name = Council.COUNT, query = "select count(c) from Council c")
@NamedQuery(
    name = Council.ALL_OF,
    query = "select c from Council c where c.id in :ids order by c.name, c.id")
@NamedQuery(name = Council.COUNT_OF, query = "select count(c) from Council c where c.id in :ids")
@NamedQuery(name = Council.BY_ONS_CODE, query = "select c from Council c where c.onsCode = :code")
public class Council extends Tracked {

  public static final String ALL = "Council.all";
  public static final String COUNT = "Council.count";
  public static final String ALL_OF = "Council.allOf";
  public static final String COUNT_OF = "Council.countOf";
  public static final String BY_ONS_CODE = "Council.byOnsCode";
  public static final int NAME_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "name", nullable = false, length = NAME_LENGTH)
  private String name;

  @Column(name = "ons_code", nullable = false, unique = true, length = OnsCode.LENGTH)
  private String onsCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "council_type", nullable = false, length = 40)
  private CouncilType type;

  @Enumerated(EnumType.STRING)
  @Column(name = "region", nullable = false, length = 40)
  private Region region;

  protected Council() {}

  public Council(String name, OnsCode onsCode, CouncilType type, Region region) {
    describe(name, onsCode, type, region);
  }

  /** Replaces the council's descriptive details. */
  public final void describe(String name, OnsCode onsCode, CouncilType type, Region region) {
    this.name = name;
    this.onsCode = onsCode.value();
    this.type = type;
    this.region = region;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public OnsCode getOnsCode() {
    return new OnsCode(onsCode);
  }

  public CouncilType getType() {
    return type;
  }

  public Region getRegion() {
    return region;
  }

  @Override
  public String auditType() {
    return "Council";
  }

  @Override
  public Object auditId() {
    return id;
  }

  @Override
  public Long auditCouncilId() {
    return id;
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("name", name);
    state.put("onsCode", onsCode);
    state.put("type", type == null ? null : type.name());
    state.put("region", region == null ? null : region.name());
    return state;
  }
}
