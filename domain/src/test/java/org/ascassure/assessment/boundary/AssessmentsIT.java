package org.ascassure.assessment.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ascassure.assessment.entity.Assessment;
import org.ascassure.council.boundary.Councils;
import org.ascassure.council.entity.Council;
import org.ascassure.framework.boundary.FrameworkCatalogue;
import org.ascassure.framework.entity.Framework;
import org.ascassure.framework.entity.QualityStatement;
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

/** Runs inside Payara Micro against the embedded MariaDB, with the schema Flyway built. */
@ExtendWith(ArquillianExtension.class)
class AssessmentsIT {

  @Deployment
  static WebArchive deployment() {
    return DomainDeployment.withTests(TestData.class);
  }

  @Inject Assessments assessments;

  @EJB Councils councils;

  @Inject FrameworkCatalogue frameworks;

  @Test
  void theCqcFrameworkHasFourThemesAndNineStatementsInOrder() {
    Framework cqc = frameworks.getByCode("cqc-la-2023");

    assertThat(cqc.getThemes())
        .extracting(t -> t.getTitle())
        .containsExactly(
            "Working with people",
            "Providing support",
            "Ensuring safety within the system",
            "Leadership");
    assertThat(cqc.statements())
        .extracting(QualityStatement::getCode)
        .containsExactly("QS1", "QS2", "QS3", "QS4", "QS5", "QS6", "QS7", "QS8", "QS9");
    assertThat(cqc.getEvidenceCategories()).hasSize(4);
    assertThat(cqc.findStatementByName("Safe pathways, systems and transitions"))
        .get()
        .extracting(QualityStatement::getCode)
        .isEqualTo("QS6");
  }

  @Test
  void leicestershireScoresAreStoredAndRated53RequiresImprovement() {
    Council council = councils.create(TestData.council("Scoring County Council"));
    Map<String, Integer> scores = new LinkedHashMap<>();
    for (int i = 1; i <= 9; i++) {
      scores.put("QS" + i, i == 8 ? 3 : 2);
    }

    long id =
        assessments
            .recordOutcome(
                council.getId(),
                new OutcomeRecord("cqc-la-2023", LocalDate.of(2025, 9, 17), scores, null))
            .getId();
    Assessment stored = assessments.get(id);

    assertThat(stored.getOverallPercent()).isEqualTo(53);
    assertThat(stored.getRatingCode()).isEqualTo("REQUIRES_IMPROVEMENT");
    assertThat(stored.scoresByCode()).containsExactlyEntriesOf(scores);
    assertThat(stored.notifiableStatements()).isEmpty();
    assertThat(assessments.ofCouncil(council.getId(), PageRequest.first()).items())
        .extracting(Assessment::getId)
        .containsExactly(id);
  }

  @Test
  void aStatementScoredOneIsNotifiable() {
    Council council = councils.create(TestData.council("Notifying Borough Council"));

    Assessment outcome =
        assessments.recordOutcome(
            council.getId(),
            new OutcomeRecord(
                "cqc-la-2023", LocalDate.of(2025, 3, 1), Map.of("QS7", 1, "QS1", 3), null));

    assertThat(outcome.notifiableStatements()).containsExactly("QS7");
    assertThat(outcome.getOverallPercent()).isEqualTo(50);
  }

  @Test
  void everyWrongScoreIsReportedAtOnceAndNothingIsStored() {
    Council council = councils.create(TestData.council("Careless City Council"));
    Map<String, Integer> scores = Map.of("QS1", 5, "QS10", 2, "D1", 2, "QS2", 0);

    assertThatThrownBy(
            () ->
                assessments.recordOutcome(
                    council.getId(),
                    new OutcomeRecord("cqc-la-2023", LocalDate.of(2025, 1, 1), scores, null)))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder(
                        "scores.QS1", "scores.QS10", "scores.D1", "scores.QS2"));
    assertThat(assessments.ofCouncil(council.getId(), PageRequest.first()).total()).isZero();
  }

  @Test
  void theApaFrameworkKeepsTheAssessorsOverallGrade() {
    Council council = councils.create(TestData.council("Historic Metropolitan Council"));

    Assessment apa =
        assessments.recordOutcome(
            council.getId(),
            new OutcomeRecord(
                "cqc-apa-2009",
                LocalDate.of(2010, 11, 25),
                Map.of("O1", 3, "O2", 4, "O3", 4, "O4", 3, "O5", 4, "O6", 3, "O7", 3),
                3));

    assertThat(apa.getOverallPercent()).isNull();
    assertThat(apa.getRatingLabel()).isEqualTo("Performing well");
    assertThat(apa.notifiableStatements()).isEmpty();
  }

  @Test
  void aDuplicateOnsCodeIsRefused() {
    Council first = councils.create(TestData.council("First Council"));

    assertThatThrownBy(
            () ->
                councils.create(
                    new org.ascassure.council.boundary.CouncilDetails(
                        "Second Council", first.getOnsCode(), first.getType(), first.getRegion())))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining(first.getOnsCode().value());
  }

  @Test
  void aStaleEditIsRefusedAndTheNewerEditSurvives() {
    Council council = councils.create(TestData.council("Contested Council"));
    long readVersion = council.getVersion();
    councils.update(council.getId(), readVersion, TestData.council("Renamed by Alice"));

    assertThatThrownBy(
            () -> councils.update(council.getId(), readVersion, TestData.council("Renamed by Bob")))
        .isInstanceOf(StaleVersionException.class);
    assertThat(councils.get(council.getId()).getName()).isEqualTo("Renamed by Alice");
  }
}
