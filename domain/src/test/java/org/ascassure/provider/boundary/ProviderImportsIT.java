package org.ascassure.provider.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import org.ascassure.council.boundary.Councils;
import org.ascassure.platform.boundary.InvalidInputException;
import org.ascassure.provider.entity.ImportStatus;
import org.ascassure.provider.entity.KeyQuestion;
import org.ascassure.provider.entity.Provider;
import org.ascassure.provider.entity.ProviderDetails;
import org.ascassure.provider.entity.ProviderImport;
import org.ascassure.provider.entity.Rating;
import org.ascassure.provider.entity.Sector;
import org.ascassure.provider.entity.ServiceType;
import org.ascassure.testing.DomainDeployment;
import org.ascassure.testing.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Importing CQC care directory files as councils download and edit them, inside Payara Micro
 * against MariaDB: the import runs in the background, so each test waits for its job to finish.
 */
@ExtendWith(ArquillianExtension.class)
class ProviderImportsIT {

  @Deployment
  static WebArchive deployment() {
    return DomainDeployment.withTests(TestData.class);
  }

  @EJB ProviderImports imports;

  @EJB Providers providers;

  @EJB ProviderQuality quality;

  @EJB Councils councils;

  /** A spreadsheet export: BOM, CRLF, extra columns, quoted commas, blank lines, messy rows. */
  private static final String MESSY =
      "\uFEFFLocation ID,Location HSCA start date,Care home?,Location Name,Location Telephone Number,"
          + "Location Type/Sector,Location Latest Overall Rating,Publication Date,"
          + "Service type - Care home service with nursing,Service type - Domiciliary care service,"
          + "Safe,Well-led,Ward\r\n"
          + "1-2001,01/04/2012,Y,\"Heather Bank, Nursing Home\",01632 960001,Social Care Org,"
          + "Good,14/03/2024,Y,,Good,Requires improvement,Fernbridge\r\n"
          + "\r\n"
          + "1-2002,12/09/2019,N,Tor Vale Home Care,01632 960002,Local Authority,"
          + "Requires improvement,2025-01-20,,Y,,,Upper Fern\r\n"
          + ",01/01/2020,Y,Missing Id House,01632 960003,Social Care Org,Good,01/02/2024,Y,,,,\r\n"
          + "1-2004,01/01/2020,Y,Shiny Rating Court,01632 960004,Social Care Org,Excellent,"
          + "01/02/2024,Y,,,,\r\n"
          + "1-2001,01/04/2012,Y,\"Heather Bank, Nursing Home\",01632 960001,Social Care Org,"
          + "Good,14/03/2024,Y,,Good,Requires improvement,Fernbridge\r\n"
          + "1-2005,03/03/2023,N,Quarry Lane Supported Living,01632 960005,Social Care Org,"
          + "Not yet rated,,,,,,\r\n"
          + "\r\n";

  private long newCouncil(String name) {
    return councils.create(TestData.council(name)).getId();
  }

  private ProviderImport finished(ProviderImport started) throws InterruptedException {
    ProviderImport job = started;
    for (int i = 0; i < 200 && job.getStatus() == ImportStatus.RUNNING; i++) {
      Thread.sleep(50);
      job = imports.get(started.getId());
    }
    assertThat(job.getStatus()).isEqualTo(ImportStatus.DONE);
    return job;
  }

  @Test
  void aMessyFileImportsItsUsableRowsAndNamesTheOthersByRowAndReason() throws Exception {
    long council = newCouncil("Import Messy Council");

    ProviderImport job = finished(imports.start(council, "cqc-directory.csv", MESSY));

    assertThat(job.getTotalRows()).isEqualTo(6);
    assertThat(job.getCreatedRows()).isEqualTo(3);
    assertThat(job.getProblems())
        .containsExactly(
            "row 5: no CQC location id",
            "row 6: 'Excellent' in the overall rating is not a CQC rating",
            "row 7: location 1-2001 already appears in row 2");
    assertThat(job.getSummary())
        .isEqualTo("3 added, 0 changed, 0 unchanged. 3 rows could not be used.");

    Provider heather = providers.findByLocation(council, "1-2001").orElseThrow();
    assertThat(heather.getName()).isEqualTo("Heather Bank, Nursing Home");
    assertThat(heather.getServiceType()).isEqualTo(ServiceType.CARE_HOME_NURSING);
    assertThat(heather.getRegisteredOn()).isEqualTo(LocalDate.of(2012, 4, 1));
    assertThat(heather.getArea()).isEqualTo("Fernbridge");
    assertThat(providers.get(heather.getId()).getRatings())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.getOverall()).isEqualTo(Rating.GOOD);
              assertThat(r.getRatedOn()).isEqualTo(LocalDate.of(2024, 3, 14));
              assertThat(r.getQuestions())
                  .containsEntry(KeyQuestion.SAFE, Rating.GOOD)
                  .containsEntry(KeyQuestion.WELL_LED, Rating.REQUIRES_IMPROVEMENT);
            });
    Provider torVale = providers.findByLocation(council, "1-2002").orElseThrow();
    assertThat(torVale.getSector()).isEqualTo(Sector.COUNCIL_RUN);
    assertThat(torVale.getServiceType()).isEqualTo(ServiceType.HOME_CARE);

    var figures = quality.report(council, LocalDate.of(2025, 6, 1), null).figures();
    assertThat(figures.overall().goodOrOutstanding()).isEqualTo(1);
    assertThat(figures.overall().rated()).isEqualTo(2);
    assertThat(figures.overall().notYetRated()).isEqualTo(1);
  }

  @Test
  void reimportingTheSameFileChangesNothingAndSaysSo() throws Exception {
    long council = newCouncil("Import Twice Council");
    finished(imports.start(council, "first.csv", MESSY));
    Provider before = providers.findByLocation(council, "1-2001").orElseThrow();
    // a hand-kept fact the CQC file does not carry survives a re-import
    providers.update(before.getId(), before.getVersion(), withContracted(before.details()));
    long version = providers.get(before.getId()).getVersion();

    ProviderImport again = finished(imports.start(council, "again.csv", MESSY));

    assertThat(again.getCreatedRows()).isZero();
    assertThat(again.getUpdatedRows()).isZero();
    assertThat(again.getSameRows()).isEqualTo(3);
    assertThat(again.getSummary()).startsWith("Nothing changed");
    Provider after = providers.get(before.getId());
    assertThat(after.getVersion()).isEqualTo(version);
    assertThat(after.isContracted()).isTrue();
    assertThat(after.getRatings()).hasSize(1);
  }

  @Test
  void aNewerFileAddsTheNewRatingAndChangesTheDetails() throws Exception {
    long council = newCouncil("Import Newer Council");
    finished(imports.start(council, "first.csv", MESSY));
    String newer =
        "Location ID,Location Name,Location Latest Overall Rating,Publication Date,Ward\n"
            + "1-2001,Heather Bank Nursing Home,Inadequate,02/10/2025,Fernbridge\n";

    ProviderImport job = finished(imports.start(council, "newer.csv", newer));

    assertThat(job.getUpdatedRows()).isEqualTo(1);
    Provider heather = providers.findByLocation(council, "1-2001").orElseThrow();
    assertThat(providers.get(heather.getId()).getRatings())
        .extracting(r -> r.getOverall())
        .containsExactly(Rating.GOOD, Rating.INADEQUATE);
    assertThat(heather.getName()).isEqualTo("Heather Bank Nursing Home");
  }

  @Test
  void aFileWithoutLocationIdsIsRefusedBeforeAnythingIsStored() {
    long council = newCouncil("Import Refused Council");

    assertThatThrownBy(() -> imports.start(council, "wrong.csv", "Name,Rating\nAsh,Good\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("no location id column");
    assertThat(providers.allOfCouncil(council)).isEmpty();
  }

  private static ProviderDetails withContracted(ProviderDetails d) {
    return new ProviderDetails(
        d.cqcLocationId(),
        d.name(),
        d.serviceType(),
        d.sector(),
        true,
        d.area(),
        d.registeredOn(),
        d.deregisteredOn());
  }
}
