package org.ascassure.selfassessment.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ascassure.assessment.boundary.Assessments;
import org.ascassure.assessment.boundary.OutcomeRecord;
import org.ascassure.council.boundary.Councils;
import org.ascassure.council.entity.Council;
import org.ascassure.platform.boundary.ConflictException;
import org.ascassure.platform.boundary.NotFoundException;
import org.ascassure.platform.boundary.StaleVersionException;
import org.ascassure.selfassessment.control.TextDiff;
import org.ascassure.selfassessment.control.VersionChanges;
import org.ascassure.selfassessment.entity.Narrative;
import org.ascassure.selfassessment.entity.NarrativePart;
import org.ascassure.selfassessment.entity.PublishedVersion;
import org.ascassure.selfassessment.entity.SelfAssessment;
import org.ascassure.selfassessment.entity.SelfAssessmentStatus;
import org.ascassure.testing.DomainDeployment;
import org.ascassure.testing.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Self-assessments inside Payara Micro against MariaDB, as the system (no caller) runs them. */
@ExtendWith(ArquillianExtension.class)
class SelfAssessmentsIT {

  @Deployment
  static WebArchive deployment() {
    return DomainDeployment.withTests(TestData.class);
  }

  @Inject SelfAssessments selfAssessments;

  @Inject Assessments assessments;

  @EJB Councils councils;

  private SelfAssessment newDraft(String councilName) {
    Council council = councils.create(TestData.council(councilName));
    return selfAssessments.create(
        council.getId(),
        new SelfAssessments.Details("cqc-la-2023", "Self-assessment 2026", "2025/26"));
  }

  @Test
  void theStructureFollowsTheFramework() {
    SelfAssessment sa = newDraft("Structured County Council");

    // section A six parts, four per theme, one per statement, section C one
    assertThat(sa.getNarratives()).hasSize(6 + 4 * 4 + 9 + 1);
    assertThat(sa.getNarratives().get(0).getSlot()).isEqualTo("ABOUT_THE_COUNCIL");
    assertThat(sa.narrative("STATEMENT_PERFORMANCE:QS7")).isPresent();
    assertThat(sa.narrative("THEME_PLANS:LEADERSHIP")).isPresent();
    assertThat(sa.getScores()).hasSize(9);
    assertThat(sa.getStatus()).isEqualTo(SelfAssessmentStatus.DRAFT);
  }

  @Test
  void everySaveIsASanitisedRevisionAndAStaleSaveIsRefused() {
    SelfAssessment sa = newDraft("Revising Borough Council");
    Narrative empty = selfAssessments.statementNarrative(sa.getId(), "QS1");

    Narrative first =
        selfAssessments.revise(
            sa.getId(),
            empty.getSlot(),
            empty.getVersion(),
            "<p>Assessments are timely (E1).<script>alert(1)</script></p>");
    Narrative second =
        selfAssessments.revise(
            sa.getId(), first.getSlot(), first.getVersion(), "<p>Assessments are quick (E1).</p>");

    assertThat(first.getBodyHtml()).isEqualTo("<p>Assessments are timely (E1).</p>");
    assertThat(second.getRevisionNumber()).isEqualTo(2);
    assertThat(selfAssessments.revisions(sa.getId(), first.getSlot()))
        .extracting(r -> r.getNumber())
        .containsExactly(2, 1);
    assertThat(selfAssessments.compare(sa.getId(), first.getSlot(), 1, 2))
        .contains(
            new TextDiff.Segment(TextDiff.Kind.REMOVED, "timely"),
            new TextDiff.Segment(TextDiff.Kind.ADDED, "quick"));

    // someone who still holds the first version cannot overwrite the second
    assertThatThrownBy(
            () ->
                selfAssessments.revise(
                    sa.getId(), first.getSlot(), first.getVersion(), "<p>Lost?</p>"))
        .isInstanceOf(StaleVersionException.class);
    assertThat(selfAssessments.statementNarrative(sa.getId(), "QS1").getBodyHtml())
        .isEqualTo("<p>Assessments are quick (E1).</p>");
  }

  @Test
  void selfScoresPredictTheRatingBesideThePublishedOutcome() {
    SelfAssessment sa = newDraft("Predicting City Council");
    long councilId = sa.getCouncil().getId();
    Map<String, Integer> cqc = new LinkedHashMap<>();
    for (int i = 1; i <= 9; i++) {
      cqc.put("QS" + i, 2);
    }
    assessments.recordOutcome(
        councilId, new OutcomeRecord("cqc-la-2023", LocalDate.of(2025, 9, 17), cqc, null));

    for (int i = 1; i <= 9; i++) {
      String code = "QS" + i;
      long version = selfAssessments.get(sa.getId()).score(code).orElseThrow().getVersion();
      selfAssessments.proposeScore(sa.getId(), code, version, i == 3 ? 1 : 3, "Because.");
    }
    Prediction prediction = selfAssessments.predict(sa.getId());

    // eight 3s and one 1: 25 of 36 = 69%, Good
    assertThat(prediction.percent()).isEqualTo(69);
    assertThat(prediction.rating()).isEqualTo("GOOD");
    assertThat(prediction.notifiable()).containsExactly("QS3");
    assertThat(prediction.cqc().percent()).isEqualTo(50);
    assertThat(prediction.compared().get(0))
        .isEqualTo(new Prediction.Compared("QS1", "Assessing needs", 3, 2));
  }

  @Test
  void submittingSupersedesTheCouncilsPreviousSubmissionAndFreezesTheText() {
    SelfAssessment older = newDraft("Submitting County Council");
    long councilId = older.getCouncil().getId();
    submit(older.getId());
    SelfAssessment newer =
        selfAssessments.create(
            councilId, new SelfAssessments.Details(null, "Refresh 2027", "2026/27"));
    submit(newer.getId());

    assertThat(selfAssessments.get(older.getId()).getStatus())
        .isEqualTo(SelfAssessmentStatus.SUPERSEDED);
    assertThat(selfAssessments.get(newer.getId()).getStatus())
        .isEqualTo(SelfAssessmentStatus.SUBMITTED);
    Narrative frozen = selfAssessments.narrative(newer.getId(), "KEY_RISKS");
    assertThatThrownBy(
            () ->
                selfAssessments.revise(
                    newer.getId(), "KEY_RISKS", frozen.getVersion(), "<p>Late change</p>"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("submitted");
    long version = selfAssessments.get(newer.getId()).getVersion();
    assertThatThrownBy(
            () -> selfAssessments.move(newer.getId(), version, SelfAssessmentStatus.DRAFT, null))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void publishedVersionsAreNumberedAndKeepTheTextOfTheirDay() {
    SelfAssessment sa = newDraft("Publishing Borough Council");
    String slot = NarrativePart.KEY_STRENGTHS.slot(null);
    Narrative n = selfAssessments.narrative(sa.getId(), slot);
    selfAssessments.revise(sa.getId(), slot, n.getVersion(), "<p>Strong partnerships.</p>");
    PublishedVersion v1 = selfAssessments.publish(sa.getId(), "For the peer challenge");
    n = selfAssessments.narrative(sa.getId(), slot);
    selfAssessments.revise(sa.getId(), slot, n.getVersion(), "<p>Stronger partnerships.</p>");
    PublishedVersion v2 = selfAssessments.publish(sa.getId(), null);

    assertThat(v1.label()).isEqualTo("v1");
    assertThat(v2.label()).isEqualTo("v2");
    assertThat(selfAssessments.version(sa.getId(), 1).getContentJson())
        .contains("Strong partnerships.")
        .doesNotContain("Stronger");
    assertThat(selfAssessments.get(sa.getId()).getVersionLabel()).isEqualTo("v2");
    assertThat(selfAssessments.versions(sa.getId()))
        .extracting(PublishedVersion::getNumber)
        .containsExactly(2, 1);
  }

  @Test
  void versionsCompareWithEachOtherAndWithTheDraftPartByPart() {
    SelfAssessment sa = newDraft("Comparing Borough Council");
    String strengths = NarrativePart.KEY_STRENGTHS.slot(null);
    String qs1 = NarrativePart.STATEMENT_PERFORMANCE.slot("QS1");
    revise(sa.getId(), strengths, "<p>Strong partnerships with the NHS.</p>");
    revise(sa.getId(), qs1, "<p>Assessments take four weeks.</p>");
    selfAssessments.publish(sa.getId(), null);
    revise(sa.getId(), strengths, "<p>Strong <em>and trusted</em> partnerships with the NHS.</p>");
    selfAssessments.proposeScore(
        sa.getId(),
        "QS1",
        selfAssessments.get(sa.getId()).score("QS1").orElseThrow().getVersion(),
        3,
        "Waits are falling");
    selfAssessments.publish(sa.getId(), null);
    revise(sa.getId(), qs1, "<p>Assessments take two weeks.</p>");

    VersionChanges.Changes v1ToV2 = selfAssessments.changes(sa.getId(), 1, 2);
    assertThat(v1ToV2.from()).isEqualTo("v1");
    assertThat(v1ToV2.to()).isEqualTo("v2");
    assertThat(v1ToV2.parts())
        .extracting(VersionChanges.PartChange::slot)
        .containsExactly(strengths);
    assertThat(v1ToV2.parts().get(0).label()).isEqualTo("Key strengths");
    assertThat(v1ToV2.parts().get(0).segments())
        .filteredOn(segment -> segment.kind() == TextDiff.Kind.ADDED)
        .singleElement()
        .satisfies(added -> assertThat(added.text().strip()).isEqualTo("and trusted"));
    assertThat(v1ToV2.parts().get(0).wordsAdded()).isEqualTo(2);
    assertThat(v1ToV2.unchangedParts()).isEqualTo(sa.getNarratives().size() - 1);
    assertThat(v1ToV2.scores())
        .containsExactly(new VersionChanges.ScoreChange("QS1", null, 3, "", "Waits are falling"));

    VersionChanges.Changes v2ToDraft = selfAssessments.changes(sa.getId(), 2, null);
    assertThat(v2ToDraft.to()).isEqualTo("draft");
    assertThat(v2ToDraft.parts())
        .extracting(VersionChanges.PartChange::label)
        .containsExactly("QS1 – What is our performance and how do we know?");
    assertThat(v2ToDraft.parts().get(0).segments())
        .containsExactly(
            new TextDiff.Segment(TextDiff.Kind.SAME, "Assessments take "),
            new TextDiff.Segment(TextDiff.Kind.REMOVED, "four"),
            new TextDiff.Segment(TextDiff.Kind.ADDED, "two"),
            new TextDiff.Segment(TextDiff.Kind.SAME, " weeks."));
    assertThat(v2ToDraft.scores()).isEmpty();

    assertThat(selfAssessments.changes(sa.getId(), 2, 2).changedParts()).isZero();
    assertThatThrownBy(() -> selfAssessments.changes(sa.getId(), 1, 3))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("v3");
  }

  private void revise(long id, String slot, String html) {
    selfAssessments.revise(id, slot, selfAssessments.narrative(id, slot).getVersion(), html);
  }

  private void submit(long id) {
    for (SelfAssessmentStatus next :
        new SelfAssessmentStatus[] {
          SelfAssessmentStatus.IN_REVIEW,
          SelfAssessmentStatus.ENDORSED,
          SelfAssessmentStatus.SUBMITTED
        }) {
      selfAssessments.move(id, selfAssessments.get(id).getVersion(), next, null);
    }
  }
}
