package org.ascassure.citation.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Set;
import org.ascassure.council.boundary.Councils;
import org.ascassure.council.entity.Council;
import org.ascassure.evidence.boundary.EvidenceBank;
import org.ascassure.evidence.boundary.EvidenceDetails;
import org.ascassure.evidence.entity.EvidenceItem;
import org.ascassure.evidence.entity.EvidenceStatus;
import org.ascassure.platform.boundary.ConflictException;
import org.ascassure.platform.boundary.InvalidInputException;
import org.ascassure.review.boundary.Reviews;
import org.ascassure.review.entity.Review;
import org.ascassure.review.entity.ReviewTarget;
import org.ascassure.review.entity.Verdict;
import org.ascassure.selfassessment.boundary.SelfAssessments;
import org.ascassure.selfassessment.entity.Narrative;
import org.ascassure.selfassessment.entity.SelfAssessment;
import org.ascassure.testing.DomainDeployment;
import org.ascassure.testing.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Citation integrity and auditor review against real evidence, inside Payara Micro. */
@ExtendWith(ArquillianExtension.class)
class CitationsIT {

  @Deployment
  static WebArchive deployment() {
    return DomainDeployment.withTests(TestData.class);
  }

  @Inject Citations citations;

  @Inject Reviews reviews;

  @Inject SelfAssessments selfAssessments;

  @Inject EvidenceBank evidence;

  @EJB Councils councils;

  private EvidenceItem item(
      long council, String title, String statement, String category, LocalDate reviewBy) {
    return evidence.create(
        council,
        new EvidenceDetails(
            title,
            null,
            Set.of(category),
            Set.of(statement),
            "Head of Quality",
            LocalDate.of(2025, 10, 1),
            reviewBy,
            EvidenceStatus.CURRENT,
            null));
  }

  private void write(long sa, String code, String html) {
    Narrative n = selfAssessments.statementNarrative(sa, code);
    selfAssessments.revise(sa, n.getSlot(), n.getVersion(), html);
  }

  @Test
  void reportsBrokenCitationsProblemEvidenceAndEvidenceNobodyCites() {
    Council council = councils.create(TestData.council("Citing County Council"));
    long id = council.getId();
    EvidenceItem e1 = item(id, "Front door dashboard", "QS1", "PROCESSES", null);
    EvidenceItem e2 = item(id, "Carers survey", "QS1", "PEOPLES_EXPERIENCE", null);
    item(id, "Waiting list procedure", "QS1", "PROCESSES", null);
    item(id, "Old partner feedback", "QS5", "PARTNERS", LocalDate.of(2025, 12, 31));
    evidence.withdraw(e2.getId(), evidence.get(e2.getId()).getVersion(), "Too few replies");
    SelfAssessment sa =
        selfAssessments.create(id, new SelfAssessments.Details(null, "Citations", "2025/26"));
    write(sa.getId(), "QS1", "<p>Resolved on the day (E1, E2).</p><p>Risk is reviewed (D3).</p>");
    write(sa.getId(), "QS5", "<p>Partners agree (E4) and (E9).</p>");

    Citations.Report report = citations.report(sa.getId());

    assertThat(report.citations()).isEqualTo(5);
    assertThat(report.cited()).extracting(Citations.Cited::ref).containsExactly("E1", "E2", "E4");
    assertThat(report.problems())
        .extracting(Citations.Cited::ref, Citations.Cited::problem)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("E2", "Withdrawn from the evidence bank."),
            org.assertj.core.groups.Tuple.tuple("E4", "Expired: its review-by date has passed."));
    assertThat(report.unresolved())
        .extracting(Citations.Unresolved::written, Citations.Unresolved::suggestion)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("D3", "E3"),
            org.assertj.core.groups.Tuple.tuple("E9", null));
    assertThat(report.uncited()).extracting(Citations.Uncited::ref).containsExactly("E3");
    assertThat(citations.citing(e1))
        .extracting(Citations.Place::slot)
        .containsExactly("STATEMENT_PERFORMANCE:QS1");

    Citations.Row qs1 = citations.coverage(sa.getId()).rows().get(0);
    assertThat(qs1.statement()).isEqualTo("QS1");
    assertThat(qs1.citations()).isEqualTo(3);
    // E1 and E3 are processes; E2 is withdrawn and no longer counts
    assertThat(qs1.cells())
        .extracting(Citations.Cell::category, Citations.Cell::items)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("PEOPLES_EXPERIENCE", 0),
            org.assertj.core.groups.Tuple.tuple("STAFF_AND_LEADERS", 0),
            org.assertj.core.groups.Tuple.tuple("PARTNERS", 0),
            org.assertj.core.groups.Tuple.tuple("PROCESSES", 2));
    assertThat(qs1.gaps()).isEqualTo(3);
  }

  @Test
  void aQueryIsAnsweredResolvedAndARejectionMakesCitationsAProblem() {
    Council council = councils.create(TestData.council("Reviewed Borough Council"));
    long id = council.getId();
    EvidenceItem pilot = item(id, "Pilot evaluation", "QS2", "PROCESSES", null);
    SelfAssessment sa =
        selfAssessments.create(id, new SelfAssessments.Details(null, "Reviewed", "2025/26"));
    write(sa.getId(), "QS2", "<p>Fewer visits (E1).</p>");
    String slot = "STATEMENT_PERFORMANCE:QS2";

    assertThatThrownBy(() -> reviews.onNarrative(sa.getId(), slot, Verdict.QUERIED, " "))
        .isInstanceOf(InvalidInputException.class);
    Review query = reviews.onNarrative(sa.getId(), slot, Verdict.QUERIED, "Which baseline?");
    assertThat(reviews.queue(id))
        .extracting(Reviews.QueueEntry::targetType, Reviews.QueueEntry::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ReviewTarget.EVIDENCE, "Not reviewed yet"));
    reviews.reply(query.getId(), "Against 2024/25.");
    assertThat(reviews.open(id)).hasSize(1);
    reviews.resolve(query.getId(), "Fine.");
    assertThat(reviews.open(id)).isEmpty();
    assertThatThrownBy(() -> reviews.reply(query.getId(), "More"))
        .isInstanceOf(ConflictException.class);

    reviews.onEvidence(pilot.getId(), Verdict.REJECTED, "Draft findings only.");

    assertThat(citations.report(sa.getId()).problems())
        .extracting(Citations.Cited::problem)
        .containsExactly("Rejected by the auditor: Draft findings only.");
    assertThat(reviews.latestOnEvidence(id).get(pilot.getId()).getVerdict())
        .isEqualTo(Verdict.REJECTED);
  }
}
