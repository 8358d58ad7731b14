package org.ascassure.admin.kpi;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.ascassure.admin.platform.Messages;
import org.ascassure.admin.platform.Navigation;
import org.ascassure.council.boundary.Councils;
import org.ascassure.council.entity.Council;
import org.ascassure.kpi.boundary.Kpis;
import org.ascassure.kpi.entity.Dimension;
import org.ascassure.kpi.entity.Direction;
import org.ascassure.kpi.entity.Frequency;
import org.ascassure.kpi.entity.Kpi;
import org.ascassure.kpi.entity.KpiDefinition;
import org.ascassure.kpi.entity.KpiKind;
import org.ascassure.kpi.entity.Reporter;
import org.ascassure.platform.boundary.DomainException;
import org.ascassure.platform.boundary.StaleVersionException;

/**
 * Defining a KPI for a council ({@code ?council=}) or changing one ({@code ?id=}). Reporters are
 * typed one per line as "lot | provider" (or just the lot). A change saved over someone else's is
 * refused with their version named; what was typed stays in the form.
 */
@Named
@ViewScoped
public class KpiEditPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Kpis kpis;

  @Inject transient Councils councils;

  private Long id;
  private Long councilId;
  private long version;

  private String name;
  private String description;
  private String unit;
  private KpiKind kind = KpiKind.RATIO;
  private Direction direction = Direction.HIGHER_IS_BETTER;
  private BigDecimal target;
  private BigDecimal amberTolerance;
  private Frequency frequency = Frequency.MONTHLY;
  private LocalDate anchorDate;
  private Dimension dimension = Dimension.PROVIDER;
  private String reporters;
  private String exclusions;

  private transient Council council;

  public void load() {
    if (id != null) {
      Kpi kpi = kpis.find(id).orElse(null);
      if (kpi == null) {
        Navigation.notFound();
        return;
      }
      if (!kpis.canDefine(kpi.getCouncilId())) {
        Navigation.forbidden();
        return;
      }
      councilId = kpi.getCouncilId();
      version = kpi.getVersion();
      KpiDefinition d = kpi.definition();
      name = d.name();
      description = d.description();
      unit = d.unit();
      kind = d.kind();
      direction = d.direction();
      target = plain(d.target());
      amberTolerance = plain(d.amberTolerance());
      frequency = d.frequency();
      anchorDate = d.anchorDate();
      dimension = d.dimension();
      reporters =
          kpi.getReporters().stream()
              .filter(r -> !r.equals(Reporter.ALL))
              .map(r -> r.provider().isEmpty() ? r.lot() : r.lot() + " | " + r.provider())
              .collect(Collectors.joining("\n"));
      exclusions = d.exclusions();
    } else if (getCouncil() == null) {
      Navigation.notFound();
    } else if (!kpis.canDefine(councilId)) {
      Navigation.forbidden();
    }
  }

  private static BigDecimal plain(BigDecimal n) {
    if (n == null) {
      return null;
    }
    BigDecimal s = n.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  public Council getCouncil() {
    if (council == null && councilId != null) {
      council = councils.find(councilId).orElse(null);
    }
    return council;
  }

  public boolean isEditing() {
    return id != null;
  }

  public String save() {
    KpiDefinition definition =
        new KpiDefinition(
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
            reporterList(),
            exclusions);
    try {
      Kpi kpi =
          id == null ? kpis.define(councilId, definition) : kpis.redefine(id, version, definition);
      Messages.info("The KPI '" + kpi.getName() + "' has been saved.");
      return "/kpis/kpi.xhtml?faces-redirect=true&id=" + kpi.getId();
    } catch (StaleVersionException stale) {
      Messages.errorNow(
          "Someone else changed this KPI while you were editing (it is now at version "
              + stale.currentVersion()
              + "). Your changes are still in the form: open the KPI in another tab to compare,"
              + " then save again to put yours over theirs.");
      version = stale.currentVersion();
      return null;
    } catch (DomainException rejected) {
      Messages.of(rejected);
      return null;
    }
  }

  private List<Reporter> reporterList() {
    if (reporters == null || reporters.isBlank()) {
      return List.of();
    }
    return reporters
        .lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .map(Reporter::ofLine)
        .toList();
  }

  public List<KpiKind> getKinds() {
    return Arrays.asList(KpiKind.values());
  }

  public List<Direction> getDirections() {
    return Arrays.asList(Direction.values());
  }

  public List<Frequency> getFrequencies() {
    return Arrays.asList(Frequency.values());
  }

  public List<Dimension> getDimensions() {
    return Arrays.asList(Dimension.values());
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getCouncilId() {
    return councilId;
  }

  public void setCouncilId(Long councilId) {
    this.councilId = councilId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public KpiKind getKind() {
    return kind;
  }

  public void setKind(KpiKind kind) {
    this.kind = kind;
  }

  public Direction getDirection() {
    return direction;
  }

  public void setDirection(Direction direction) {
    this.direction = direction;
  }

  public BigDecimal getTarget() {
    return target;
  }

  public void setTarget(BigDecimal target) {
    this.target = target;
  }

  public BigDecimal getAmberTolerance() {
    return amberTolerance;
  }

  public void setAmberTolerance(BigDecimal amberTolerance) {
    this.amberTolerance = amberTolerance;
  }

  public Frequency getFrequency() {
    return frequency;
  }

  public void setFrequency(Frequency frequency) {
    this.frequency = frequency;
  }

  public LocalDate getAnchorDate() {
    return anchorDate;
  }

  public void setAnchorDate(LocalDate anchorDate) {
    this.anchorDate = anchorDate;
  }

  public Dimension getDimension() {
    return dimension;
  }

  public void setDimension(Dimension dimension) {
    this.dimension = dimension;
  }

  public String getReporters() {
    return reporters;
  }

  public void setReporters(String reporters) {
    this.reporters = reporters;
  }

  public String getExclusions() {
    return exclusions;
  }

  public void setExclusions(String exclusions) {
    this.exclusions = exclusions;
  }
}
