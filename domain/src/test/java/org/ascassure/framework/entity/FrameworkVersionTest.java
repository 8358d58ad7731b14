package org.ascassure.framework.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrameworkVersionTest {

  private static Framework inUse() {
    Framework f = PercentBandScoringTest.cqc2023();
    Theme people = f.addTheme("WORKING_WITH_PEOPLE", "Working with people");
    people
        .addStatement("QS1", "Assessing needs", true)
        .describedAs("How needs are found out")
        .alsoKnownAs("Assessment of needs");
    people.addStatement("QS2", "Supporting people to live healthier lives", true);
    f.addTheme("LEADERSHIP", "Leadership").addStatement("QS8", "Governance", true);
    f.addEvidenceCategory("PROCESSES", "Processes");
    return f;
  }

  @Test
  void aCopyIsADraftWithEverythingTheVersionHasAndNamesItsSource() {
    Framework source = inUse();

    Framework copy = source.copyAs("cqc-la-2026", "CQC 2026", "2026", "Next one");

    assertThat(copy.getStatus()).isEqualTo(FrameworkStatus.DRAFT);
    assertThat(copy.getBasedOn()).isEqualTo("cqc-la-2023");
    assertThat(copy.getCode()).isEqualTo("cqc-la-2026");
    assertThat(copy.statements())
        .extracting(s -> s.getTheme().getCode() + " " + s.getCode() + " " + s.getTitle())
        .containsExactly(
            "WORKING_WITH_PEOPLE QS1 Assessing needs",
            "WORKING_WITH_PEOPLE QS2 Supporting people to live healthier lives",
            "LEADERSHIP QS8 Governance");
    QualityStatement qs1 = copy.findStatement(new StatementCode("QS1")).orElseThrow();
    assertThat(qs1.getDescription()).isEqualTo("How needs are found out");
    assertThat(qs1.getAliases()).containsExactly("Assessment of needs");
    assertThat(qs1.getFramework()).isSameAs(copy);
    assertThat(copy.getScale()).hasSize(4);
    assertThat(copy.getRatingBands()).extracting(RatingBand::getCode).hasSize(4);
    assertThat(copy.getEvidenceCategories())
        .extracting(EvidenceCategory::getName)
        .containsExactly("Processes");
    // the same rules compute the same rating
    assertThat(copy.bandFor(copy.overallPercent(List.of(3, 3, 3))).orElseThrow().getCode())
        .isEqualTo("GOOD");
  }

  @Test
  void editingTheCopyLeavesTheSourceAsItWas() {
    Framework source = inUse();
    Framework copy = source.copyAs("cqc-la-2026", "CQC 2026", "2026", null);

    copy.findStatement(new StatementCode("QS1")).orElseThrow().change("Needs", null, false);
    copy.findStatement(new StatementCode("QS1"))
        .orElseThrow()
        .renameAliases(List.of("Needs assessment"));
    copy.findTheme("LEADERSHIP").orElseThrow().retitle("How it is led");

    QualityStatement original = source.findStatement(new StatementCode("QS1")).orElseThrow();
    assertThat(original.getTitle()).isEqualTo("Assessing needs");
    assertThat(original.isScored()).isTrue();
    assertThat(original.getAliases()).containsExactly("Assessment of needs");
    assertThat(source.findTheme("LEADERSHIP").orElseThrow().getTitle()).isEqualTo("Leadership");
    assertThat(copy.findStatementByName("needs assessment"))
        .get()
        .extracting(QualityStatement::getCode)
        .isEqualTo("QS1");
  }

  @Test
  void aVersionInUseOnlyLetsItsStatementsOtherNamesChange() {
    Framework f = inUse();
    QualityStatement qs1 = f.findStatement(new StatementCode("QS1")).orElseThrow();

    assertThatThrownBy(() -> qs1.change("Other", null, true))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> f.findTheme("LEADERSHIP").orElseThrow().retitle("X"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> f.describe("X", "1", null)).isInstanceOf(IllegalStateException.class);
    qs1.renameAliases(List.of("Needs assessment"));

    assertThat(f.findStatementByName("Needs assessment")).contains(qs1);
    assertThat(f.findStatementByName("Assessment of needs")).isEmpty();
  }

  @Test
  void takingAStatementOutMovesThoseAfterItUp() {
    Framework copy = inUse().copyAs("x-2026", "X", "2026", null);
    Theme people = copy.findTheme("WORKING_WITH_PEOPLE").orElseThrow();

    people.removeStatement(copy.findStatement(new StatementCode("QS1")).orElseThrow());

    assertThat(people.getStatements()).extracting(QualityStatement::getCode).containsExactly("QS2");
    assertThat(people.getStatements().get(0).getPosition()).isEqualTo(1);
  }

  @Test
  void aDraftIsPublishedOnlyWhenEveryThemeHasStatementsAndOneIsScored() {
    Framework copy = inUse().copyAs("x-2026", "X", "2026", null);
    Theme leadership = copy.findTheme("LEADERSHIP").orElseThrow();
    leadership.removeStatement(leadership.getStatements().get(0));

    assertThat(copy.publicationProblems())
        .containsExactly("The theme 'Leadership' has no statements.");
    assertThatThrownBy(copy::publish).isInstanceOf(IllegalStateException.class);

    leadership.addStatement("QS8", "Governance", false);
    copy.statements().forEach(s -> s.change(s.getTitle(), null, false));
    assertThat(copy.publicationProblems())
        .containsExactly("At least one statement must be scored.");

    copy.findStatement(new StatementCode("QS2"))
        .orElseThrow()
        .change("Healthier lives", null, true);
    copy.publish();
    assertThat(copy.getStatus()).isEqualTo(FrameworkStatus.ACTIVE);
    assertThat(copy.isActive()).isTrue();
  }

  @Test
  void onlyAVersionInUseIsRetiredAndARetiredOneIsKeptAsItWas() {
    Framework f = inUse();
    Framework draft = f.copyAs("x-2026", "X", "2026", null);

    assertThatThrownBy(draft::retire).isInstanceOf(IllegalStateException.class);
    f.retire();

    assertThat(f.getStatus()).isEqualTo(FrameworkStatus.RETIRED);
    assertThat(f.isActive()).isFalse();
    assertThatThrownBy(f::retire).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () ->
                f.findStatement(new StatementCode("QS1")).orElseThrow().renameAliases(List.of("A")))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theAuditTrailSeesAStatementsFrameworkAndEveryFieldThatCanChange() {
    Framework copy = inUse().copyAs("x-2026", "X", "2026", null);
    QualityStatement qs1 = copy.findStatement(new StatementCode("QS1")).orElseThrow();

    assertThat(qs1.auditState())
        .containsEntry("framework", "x-2026")
        .containsEntry("theme", "WORKING_WITH_PEOPLE")
        .containsEntry("code", "QS1")
        .containsEntry("title", "Assessing needs")
        .containsEntry("scored", true)
        .containsEntry("aliases", "Assessment of needs");
    assertThat(copy.auditState())
        .containsEntry("status", "DRAFT")
        .containsEntry("basedOn", "cqc-la-2023");
  }

  @Test
  void theDifferencesOfACopyNameEveryPartAddedTakenOutOrChanged() {
    Framework source = inUse();
    Framework copy = source.copyAs("x-2026", "X", "2026", null);
    assertThat(FrameworkDifference.between(source, copy)).isEmpty();

    QualityStatement qs1 = copy.findStatement(new StatementCode("QS1")).orElseThrow();
    qs1.change("Needs", "How needs are found out", false);
    qs1.renameAliases(List.of("Needs assessment", "Assessment of needs"));
    copy.findTheme("LEADERSHIP").orElseThrow().retitle("How it is led");
    Theme people = copy.findTheme("WORKING_WITH_PEOPLE").orElseThrow();
    people.removeStatement(copy.findStatement(new StatementCode("QS2")).orElseThrow());
    people.addStatement("QS10", "Carers", true);
    copy.findEvidenceCategory("PROCESSES").orElseThrow().rename("How things are done");

    assertThat(FrameworkDifference.between(source, copy))
        .extracting(
            d ->
                d.part()
                    + " "
                    + d.code()
                    + " "
                    + d.change()
                    + ": "
                    + d.before()
                    + " > "
                    + d.after())
        .containsExactly(
            "Theme LEADERSHIP Title: Leadership > How it is led",
            "Statement QS1 Title: Assessing needs > Needs",
            "Statement QS1 Scored: Scored > Written judgement",
            "Statement QS1 Other names: Assessment of needs > Assessment of needs, Needs assessment",
            "Statement QS10 Added: null > Carers",
            "Statement QS2 Taken out: Supporting people to live healthier lives > null",
            "Evidence category PROCESSES Name: Processes > How things are done");
  }
}
