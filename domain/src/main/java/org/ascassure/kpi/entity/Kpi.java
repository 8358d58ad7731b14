package org.ascassure.kpi.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ascassure.platform.control.Texts;
import org.ascassure.platform.entity.Tracked;

/** A council's KPI for commissioned services, with its target and how it is reported. */
@Entity
@Table(name = "kpi")
@NamedQuery(
    name = Kpi.OF_COUNCIL,
    query = "select k from Kpi k where k.councilId = :councilId order by k.name")
@NamedQuery(
    name = Kpi.BY_NAME,
    query = "select k from Kpi k where k.councilId = :councilId and k.name = :name")
public class Kpi extends Tracked {

  public static final String OF_COUNCIL = "Kpi.ofCouncil";
  public static final String BY_NAME = "Kpi.byName";
  public static final int NAME_LENGTH = 200;
  public static final int DESCRIPTION_LENGTH = 2000;
  public static final int UNIT_LENGTH = 40;
  public static final int REPORTERS_LENGTH = 4000;
  public static final int EXCLUSIONS_LENGTH = 1000;

  /** Where weekly periods count from when none is given: Monday 1 April 2024. */
  public static final LocalDate DEFAULT_ANCHOR = LocalDate.of(2024, 4, 1);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "council_id", nullable = false, updatable = false)
  private long councilId;

  @Column(name = "name", nullable = false, length = NAME_LENGTH)
  private String name;

  @Column(name = "description", length = DESCRIPTION_LENGTH)
  private String description;

  @Column(name = "unit", nullable = false, length = UNIT_LENGTH)
  private String unit;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 10)
  private KpiKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "direction", nullable = false, length = 20)
  private Direction direction;

  @Column(name = "target", nullable = false, precision = 14, scale = 3)
  private BigDecimal target;

  @Column(name = "amber_tolerance", precision = 14, scale = 3)
  private BigDecimal amberTolerance;

  @Enumerated(EnumType.STRING)
  @Column(name = "frequency", nullable = false, length = 20)
  private Frequency frequency;

  @Column(name = "anchor_date", nullable = false)
  private LocalDate anchorDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "dimension", nullable = false, length = 20)
  private Dimension dimension;

  @Column(name = "reporters", length = REPORTERS_LENGTH)
  private String reporters;

  @Column(name = "exclusions", length = EXCLUSIONS_LENGTH)
  private String exclusions;

  protected Kpi() {}

  public Kpi(long councilId, KpiDefinition definition) {
    this.councilId = councilId;
    define(definition);
  }

  /** Takes a checked definition (see {@code Kpis}); ratios are always read as percentages. */
  public void define(KpiDefinition d) {
    name = d.name().strip();
    description = Texts.blankToNull(d.description());
    kind = d.kind();
    unit = kind == KpiKind.RATIO ? "%" : d.unit().strip();
    direction = d.direction();
    target = d.target();
    amberTolerance = d.amberTolerance();
    frequency = d.frequency();
    anchorDate = d.anchorDate() == null ? DEFAULT_ANCHOR : d.anchorDate();
    dimension = d.dimension();
    reporters =
        d.reporters().isEmpty()
            ? null
            : d.reporters().stream().map(Reporter::line).collect(Collectors.joining("\n"));
    exclusions = Texts.blankToNull(d.exclusions());
  }

  public KpiDefinition definition() {
    return new KpiDefinition(
        name,
        description,
        unit,
        kind,
        direction,
        target,
        amberTolerance,
        frequency,
        anchorDate,
        dimension,
        getReporters(),
        exclusions);
  }

  public RagRule ragRule() {
    return new RagRule(direction, target, amberTolerance, unit);
  }

  public Rating rate(Figure figure) {
    return ragRule().rate(figure);
  }

  public Period periodContaining(LocalDate day) {
    return frequency.periodContaining(day, anchorDate);
  }

  /** The last period that has ended on {@code today}: the one whose figures are now due. */
  public Period lastCompletePeriod(LocalDate today) {
    return frequency.previous(periodContaining(today), anchorDate);
  }

  public String periodName(Period period) {
    return frequency.name(period);
  }

  public Long getId() {
    return id;
  }

  public long getCouncilId() {
    return councilId;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public String getUnit() {
    return unit;
  }

  public KpiKind getKind() {
    return kind;
  }

  public Direction getDirection() {
    return direction;
  }

  public BigDecimal getTarget() {
    return target;
  }

  public BigDecimal getAmberTolerance() {
    return amberTolerance;
  }

  public Frequency getFrequency() {
    return frequency;
  }

  public LocalDate getAnchorDate() {
    return anchorDate;
  }

  public Dimension getDimension() {
    return dimension;
  }

  /** Who is expected to report, by lot then provider; a combined KPI has the one reporter. */
  public List<Reporter> getReporters() {
    if (reporters == null) {
      return dimension == Dimension.COMBINED ? List.of(Reporter.ALL) : List.of();
    }
    return Arrays.stream(reporters.split("\n")).map(Reporter::ofLine).sorted().toList();
  }

  public String getExclusions() {
    return exclusions;
  }

  /** "80%" or "5 days": the target as people read it. */
  public String targetText() {
    return RagRule.plain(target) + ("%".equals(unit) ? "%" : " " + unit);
  }

  /** Numbers in the audit trail without scale noise (80.000 and 80 are the same target). */
  static String plainOrNull(BigDecimal number) {
    return number == null ? null : number.stripTrailingZeros().toPlainString();
  }

  @Override
  public String auditType() {
    return "Kpi";
  }

  @Override
  public Object auditId() {
    return id;
  }

  @Override
  public Long auditCouncilId() {
    return councilId;
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("name", name);
    state.put("description", description);
    state.put("unit", unit);
    state.put("kind", kind);
    state.put("direction", direction);
    state.put("target", plainOrNull(target));
    state.put("amberTolerance", plainOrNull(amberTolerance));
    state.put("frequency", frequency);
    state.put("anchorDate", anchorDate);
    state.put("dimension", dimension);
    state.put("reporters", reporters);
    state.put("exclusions", exclusions);
    return state;
  }
}
