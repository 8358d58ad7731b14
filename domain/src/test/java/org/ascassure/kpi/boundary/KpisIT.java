package org.ascassure.kpi.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ascassure.audit.boundary.AuditQuery;
import org.ascassure.audit.boundary.AuditTrail;
import org.ascassure.audit.entity.AuditRecord;
import org.ascassure.council.boundary.Councils;
import org.ascassure.evidence.entity.EvidenceItem;
import org.ascassure.kpi.entity.Dimension;
import org.ascassure.kpi.entity.Direction;
import org.ascassure.kpi.entity.Frequency;
import org.ascassure.kpi.entity.Kpi;
import org.ascassure.kpi.entity.KpiDefinition;
import org.ascassure.kpi.entity.KpiKind;
import org.ascassure.kpi.entity.KpiRag;
import org.ascassure.kpi.entity.KpiSubmission;
import org.ascassure.kpi.entity.Reporter;
import org.ascassure.platform.boundary.ConflictException;
import org.ascassure.platform.boundary.FieldError;
import org.ascassure.platform.boundary.InvalidInputException;
import org.ascassure.platform.boundary.PageRequest;
import org.ascassure.platform.boundary.StaleVersionException;
import org.ascassure.testing.DomainDeployment;
import org.ascassure.testing.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * KPIs inside Payara Micro against MariaDB: one submission per period and reporter, corrections as
 * revisions, league and trend from what is stored, snapshots into the evidence bank. Who may do
 * what is proven through the real sign-in by the API tests (KpisApiIT, AccessMatrixIT); here the
 * caller is the system.
 */
@ExtendWith(ArquillianExtension.class)
class KpisIT {

  @Deployment
  static WebArchive deployment() {
    return DomainDeployment.withTests(TestData.class);
  }

  @EJB Kpis kpis;

  @EJB Councils councils;

  @Inject AuditTrail trail;

  private static final Reporter HEATHWAY = new Reporter("Lot 1", "Heathway Care");
  private static final Reporter BRIARS = new Reporter("Lot 1", "Briars Homecare");
  private static final Reporter OAKDENE = new Reporter("Lot 2", "Oakdene Support");

  /** A month a year ago: complete, so it can be reported and is never "in the future". */
  private static final LocalDate MONTH = LocalDate.now().minusYears(1).withDayOfMonth(1);

  private Kpi newKpi(String council) {
    long councilId = councils.create(TestData.council(council)).getId();
    return kpis.define(
        councilId,
        new KpiDefinition(
            "Care starting within 72 hours",
            "Referrals whose care started within 72 hours of brokerage.",
            null,
            KpiKind.RATIO,
            Direction.HIGHER_IS_BETTER,
            new BigDecimal("80"),
            new BigDecimal("5"),
            Frequency.MONTHLY,
            null,
            Dimension.PROVIDER,
            List.of(HEATHWAY, BRIARS, OAKDENE),
            "Packages with an authorised delay."));
  }

  private static SubmissionDetails figures(Reporter who, int numerator, int denominator) {
    return new SubmissionDetails(
        MONTH,
        MONTH.plusMonths(1).minusDays(1),
        who.lot(),
        who.provider(),
        BigDecimal.valueOf(numerator),
        BigDecimal.valueOf(denominator),
        null,
        null);
  }

  @Test
  void aSecondSubmissionIsRefusedAndACorrectionBecomesTheNextRevision() {
    Kpi kpi = newKpi("Revisions County Council");
    KpiSubmission first = kpis.submit(kpi.getId(), figures(HEATHWAY, 30, 50));

    assertThatThrownBy(() -> kpis.submit(kpi.getId(), figures(HEATHWAY, 45, 50)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("Correct that submission");
    assertThatThrownBy(
            () -> kpis.correct(first.getId(), first.getVersion() + 1, figures(HEATHWAY, 45, 50)))
        .isInstanceOf(StaleVersionException.class);

    KpiSubmission corrected =
        kpis.correct(first.getId(), first.getVersion(), figures(HEATHWAY, 45, 50));

    assertThat(corrected.getRevision()).isEqualTo(2);
    assertThat(kpis.getSubmission(first.getId()).rating().rag()).isEqualTo(KpiRag.GREEN);
    assertThat(kpis.revisions(first.getId()))
        .extracting(r -> r.getFigure().numerator().intValue())
        .containsExactly(30, 45);
    assertThat(kpis.submissions(kpi.getId(), MONTH)).hasSize(1);
    assertThat(
            trail
                .search(AuditQuery.ofEntity("KpiSubmission", first.getId()), PageRequest.first())
                .items())
        .extracting(AuditRecord::getAction)
        .hasSize(2);
  }

  @Test
  void everyProblemWithASubmissionIsReportedAtOnce() {
    Kpi kpi = newKpi("Validation County Council");
    SubmissionDetails wrong =
        new SubmissionDetails(
            MONTH.plusDays(1),
            MONTH.plusMonths(1),
            "Lot 1",
            "",
            BigDecimal.valueOf(60),
            BigDecimal.valueOf(50),
            null,
            null);

    assertThatThrownBy(() -> kpis.submit(kpi.getId(), wrong))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("periodStart", "provider", "numerator"));
    assertThat(kpis.submissions(kpi.getId(), null)).isEmpty();
  }

  @Test
  void theLeagueRanksByDirectionAndTheTrendAddsUpTheRatios() {
    Kpi kpi = newKpi("League County Council");
    kpis.submit(kpi.getId(), figures(HEATHWAY, 38, 50)); // 76% amber
    kpis.submit(kpi.getId(), figures(BRIARS, 9, 10)); // 90% green

    List<LeagueRow> league = kpis.league(kpi.getId(), MONTH.plusDays(10));

    assertThat(league)
        .extracting(row -> row.rank() + " " + row.submission().getReporter().provider())
        .containsExactly("1 Briars Homecare", "2 Heathway Care");
    assertThat(league)
        .extracting(row -> row.rating().rag())
        .containsExactly(KpiRag.GREEN, KpiRag.AMBER);
    KpiStatus status = kpis.statusFor(kpi.getId(), MONTH);
    assertThat(status.latest().figure().numerator()).isEqualByComparingTo("47");
    assertThat(status.latest().figure().denominator()).isEqualByComparingTo("60");
    assertThat(status.latest().rating().rag()).isEqualTo(KpiRag.AMBER); // 47 of 60 is 78.3%
    assertThat(status.missing()).containsExactly(OAKDENE);
    List<TrendPoint> trend = kpis.trend(kpi.getId(), 13);
    assertThat(trend).hasSize(13);
    assertThat(trend).filteredOn(TrendPoint::hasFigure).hasSize(1);
  }

  @Test
  void aSnapshotFilesThePeriodsFiguresInTheEvidenceBank() {
    Kpi kpi = newKpi("Snapshot County Council");
    kpis.submit(kpi.getId(), figures(HEATHWAY, 45, 50));

    EvidenceItem item = kpis.snapshotAsEvidence(kpi.getId(), MONTH, "QS4", "PROCESSES");

    assertThat(item.getTitle()).startsWith("KPI: Care starting within 72 hours");
    assertThat(item.getDescription())
        .contains("90% (45 of 50)")
        .contains("target of 80%")
        .contains("Not reported: Briars Homecare (Lot 1), Oakdene Support (Lot 2)");
    assertThat(item.getStatementCodes()).containsExactly("QS4");
  }
}
