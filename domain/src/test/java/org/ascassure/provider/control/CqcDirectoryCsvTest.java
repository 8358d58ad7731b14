package org.ascassure.provider.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.ascassure.platform.boundary.InvalidInputException;
import org.ascassure.provider.entity.KeyQuestion;
import org.ascassure.provider.entity.Rating;
import org.ascassure.provider.entity.Sector;
import org.ascassure.provider.entity.ServiceType;
import org.junit.jupiter.api.Test;

class CqcDirectoryCsvTest {

  @Test
  void columnsAreFoundByHeaderWhateverTheCaseSpacingOrOrderAndExtrasAreIgnored() {
    String csv =
        "\uFEFFPhone, LOCATION NAME ,location_id,Location Latest Overall Rating,Publication Date,"
            + "Service type - Care home service with nursing,Location Type/Sector,Safe\r\n"
            + "01234,\"Brook House, Upper Fern\",1-100,Requires improvement,03/02/2025,Y,Local Authority,Inadequate\r\n";

    CqcDirectoryCsv.Parsed parsed = CqcDirectoryCsv.read(csv);

    assertThat(parsed.problems()).isEmpty();
    CqcDirectoryCsv.Row row = parsed.rows().get(0);
    assertThat(row.number()).isEqualTo(2);
    assertThat(row.details().name()).isEqualTo("Brook House, Upper Fern");
    assertThat(row.details().cqcLocationId()).isEqualTo("1-100");
    assertThat(row.details().serviceType()).isEqualTo(ServiceType.CARE_HOME_NURSING);
    assertThat(row.details().sector()).isEqualTo(Sector.COUNCIL_RUN);
    assertThat(row.overall()).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
    assertThat(row.ratedOn()).isEqualTo(LocalDate.of(2025, 2, 3));
    assertThat(row.questions()).containsEntry(KeyQuestion.SAFE, Rating.INADEQUATE);
    assertThat(row.contractedGiven()).isFalse();
  }

  @Test
  void unusableRowsAreReportedWithTheirSpreadsheetRowNumberAndReason() {
    String csv =
        "Location ID,Location Name,Overall Rating,Publication Date\n"
            + "1-1,Ash Lodge,Good,2024-05-01\n"
            + "\n"
            + ",No Id Court,Good,2024-05-01\n"
            + "1-3,Elm Care,Excellent,2024-05-01\n"
            + "1-4,Oak Care,Good,31/02/2024\n"
            + "1-1,Ash Lodge,Good,2024-05-01\n"
            + ",,,\n";

    CqcDirectoryCsv.Parsed parsed = CqcDirectoryCsv.read(csv);

    assertThat(parsed.rows()).hasSize(1);
    assertThat(parsed.problems())
        .containsExactly(
            "row 4: no CQC location id",
            "row 5: 'Excellent' in the overall rating is not a CQC rating",
            "row 6: '31/02/2024' in the publication date is not a date such as 17/09/2025",
            "row 7: location 1-1 already appears in row 2");
  }

  @Test
  void aFileWithoutALocationIdColumnIsRefusedWhole() {
    assertThatThrownBy(() -> CqcDirectoryCsv.read("Name,Rating\nAsh,Good\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("no location id column");
    assertThatThrownBy(() -> CqcDirectoryCsv.read("\uFEFF"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void serviceTypesAndSectorsFromCouncilsAndCqcsWording() {
    assertThat(CqcDirectoryCsv.serviceTypeOf("Residential social care"))
        .isEqualTo(ServiceType.CARE_HOME_RESIDENTIAL);
    assertThat(CqcDirectoryCsv.serviceTypeOf("HOME_CARE")).isEqualTo(ServiceType.HOME_CARE);
    assertThat(CqcDirectoryCsv.serviceTypeOf("Community based adult social care services"))
        .isEqualTo(ServiceType.HOME_CARE);
    assertThat(CqcDirectoryCsv.serviceTypeOf("Extra care housing"))
        .isEqualTo(ServiceType.EXTRA_CARE);
    assertThat(CqcDirectoryCsv.serviceTypeOf("Hospice")).isEqualTo(ServiceType.OTHER);
    assertThat(CqcDirectoryCsv.sector("Social Care Org")).isEqualTo(Sector.INDEPENDENT);
    assertThat(CqcDirectoryCsv.sector("council-run")).isEqualTo(Sector.COUNCIL_RUN);
  }
}
