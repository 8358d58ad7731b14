package org.ascassure.web.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How file names travel in Content-Disposition, both ways. */
class FileNameHeadersTest {

  @Test
  void aDownloadCarriesAnAsciiFallbackAndTheExactNameInRfc5987Form() {
    assertThat(EvidenceResource.attachment("Rapport d'activité \"final\"*.pdf"))
        .isEqualTo(
            "attachment; filename=\"Rapport d'activit_ _final_*.pdf\";"
                + " filename*=UTF-8''Rapport%20d%27activit%C3%A9%20%22final%22%2A.pdf");
  }

  @Test
  void anUploadNamedByContentDispositionPrefersTheExtendedName() {
    assertThat(
            EvidenceResource.nameIn(
                "attachment; filename=\"fallback.pdf\"; filename*=UTF-8''Caf%C3%A9%2Bplan.pdf"))
        .isEqualTo("Café+plan.pdf");
    assertThat(EvidenceResource.nameIn("attachment; filename=\"board minutes.docx\""))
        .isEqualTo("board minutes.docx");
    assertThat(EvidenceResource.nameIn("attachment; filename=reviews.csv"))
        .isEqualTo("reviews.csv");
    assertThat(EvidenceResource.nameIn(null)).isNull();
  }
}
