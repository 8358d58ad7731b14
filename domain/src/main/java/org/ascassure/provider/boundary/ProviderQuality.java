package org.ascassure.provider.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ascassure.council.boundary.Councils;
import org.ascassure.council.entity.Council;
import org.ascassure.evidence.boundary.EvidenceBank;
import org.ascassure.evidence.boundary.EvidenceDetails;
import org.ascassure.evidence.entity.EvidenceItem;
import org.ascassure.evidence.entity.EvidenceStatus;
import org.ascassure.platform.boundary.FieldError;
import org.ascassure.platform.boundary.InvalidInputException;
import org.ascassure.platform.boundary.StaleVersionException;
import org.ascassure.provider.entity.Provider;
import org.ascassure.provider.entity.QualityFigures;
import org.ascassure.provider.entity.QualitySetting;
import org.ascassure.provider.entity.Rating;
import org.ascassure.provider.entity.ServiceType;
import org.ascassure.security.boundary.Access;
import org.ascassure.security.entity.Role;

/**
 * The provider market's quality on any date, against the council's target; the target itself
 * (directors and administrators change it); and the figures frozen into the evidence bank.
 */
@Stateless
public class ProviderQuality {

  /** Quarters the trend shows. */
  public static final int TREND_QUARTERS = 12;

  /** The statement provider-market evidence supports: care provision, integration, continuity. */
  public static final String STATEMENT = "QS4";

  private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  @PersistenceContext EntityManager em;

  @Inject Access access;

  @Inject Councils councils;

  @Inject Providers providers;

  @Inject EvidenceBank evidence;

  /** The council's setting, or the defaults (version 0, not stored) when it never changed them. */
  public QualitySetting setting(long councilId) {
    Council council = councils.get(councilId);
    return em.createNamedQuery(QualitySetting.OF_COUNCIL, QualitySetting.class)
        .setParameter("councilId", councilId)
        .getResultStream()
        .findFirst()
        .orElseGet(() -> new QualitySetting(council));
  }

  /** Changes the target and the months after which a provider counts as long uninspected. */
  public QualitySetting changeSetting(
      long councilId, long expectedVersion, Integer targetPercent, Integer staleMonths) {
    councils.get(councilId);
    access.requireRole(councilId, "change the quality target", Role.DIRECTOR);
    QualitySetting setting = setting(councilId);
    if (setting.getVersion() != expectedVersion) {
      throw new StaleVersionException("The quality target", expectedVersion, setting.getVersion());
    }
    List<FieldError> errors = new java.util.ArrayList<>();
    if (targetPercent == null || targetPercent < 1 || targetPercent > 100) {
      errors.add(
          new FieldError("targetPercent", "The target is a whole percentage from 1 to 100."));
    }
    if (staleMonths == null || staleMonths < 1 || staleMonths > 120) {
      errors.add(new FieldError("staleMonths", "Give a number of months from 1 to 120."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The quality target is not valid.", errors);
    }
    setting.change(targetPercent, staleMonths);
    if (setting.getId() == null) {
      em.persist(setting);
    }
    em.flush();
    return setting;
  }

  /**
   * The dashboard on {@code date}; falls are counted from {@code fellSince} (a year before the date
   * when not given).
   */
  public QualityReport report(long councilId, LocalDate date, LocalDate fellSince) {
    QualitySetting setting = setting(councilId);
    LocalDate on = date == null ? today() : date;
    LocalDate since = fellSince == null ? on.minusYears(1) : fellSince;
    if (since.isAfter(on)) {
      throw new InvalidInputException("fellSince", "The period must start before the date shown.");
    }
    List<Provider> all = providers.allOfCouncil(councilId);
    return new QualityReport(
        QualityFigures.on(all, on, setting.getTargetPercent()),
        QualityFigures.trend(all, on, TREND_QUARTERS),
        since,
        QualityFigures.fell(all, since, on),
        setting.getStaleMonths(),
        QualityFigures.uninspected(all, on, setting.getStaleMonths()));
  }

  /**
   * Files the figures on {@code date} as an evidence item for "Care provision, integration and
   * continuity", so that a self-assessment can cite them. Adding evidence is a lead's (or an
   * administrator's) right, as anywhere in the evidence bank.
   */
  public EvidenceItem snapshotAsEvidence(long councilId, LocalDate date) {
    QualityReport report = report(councilId, date, null);
    QualityFigures.Snapshot f = report.figures();
    String when = UK.format(f.date());
    return evidence.create(
        councilId,
        new EvidenceDetails(
            "Regulated care quality: " + f.overall().describe() + " Good or Outstanding on " + when,
            describe(f),
            Set.of("PROCESSES"),
            Set.of(STATEMENT),
            "Commissioning and market quality",
            f.date(),
            f.date().plusYears(1),
            EvidenceStatus.CURRENT,
            null));
  }

  /** The figures as a paragraph a reader can check, for the evidence item. */
  static String describe(QualityFigures.Snapshot f) {
    StringBuilder text = new StringBuilder();
    text.append("CQC ratings in force on ")
        .append(UK.format(f.date()))
        .append(" for the ")
        .append(f.providers())
        .append(" regulated services registered in the area: ")
        .append(f.overall().goodOrOutstanding())
        .append(" of ")
        .append(f.overall().rated())
        .append(" rated services (")
        .append(f.overall().describe())
        .append(") were Good or Outstanding, against a target of ")
        .append(f.targetPercent())
        .append("% (")
        .append(f.meetsTarget() ? "met" : "not met")
        .append("). ")
        .append(f.overall().notYetRated())
        .append(" not yet rated, left out of the share. Outstanding ")
        .append(f.total(Rating.OUTSTANDING))
        .append(", Good ")
        .append(f.total(Rating.GOOD))
        .append(", Requires improvement ")
        .append(f.total(Rating.REQUIRES_IMPROVEMENT))
        .append(", Inadequate ")
        .append(f.total(Rating.INADEQUATE))
        .append(". By service type:");
    for (ServiceType type : ServiceType.values()) {
      QualityFigures.Share share = f.byServiceType().get(type);
      if (share != null) {
        text.append(' ')
            .append(type.label())
            .append(' ')
            .append(share.describe())
            .append(" (")
            .append(share.goodOrOutstanding())
            .append(" of ")
            .append(share.rated())
            .append(");");
      }
    }
    text.setLength(text.length() - 1);
    return text.append('.').toString();
  }

  /** Whether the caller may change the target (pages hide the form otherwise). */
  public boolean canChangeSetting(long councilId) {
    Access.Caller caller = access.caller();
    return caller.seesEverything() || caller.hasRoleAt(councilId, Role.DIRECTOR);
  }

  /** Whether the caller may file evidence at the council (the evidence bank's rule). */
  public boolean canSnapshot(long councilId) {
    return evidence.canChange(councilId);
  }

  public static LocalDate today() {
    return LocalDate.now(java.time.ZoneId.of("Europe/London"));
  }
}
