package org.ascassure.evidence.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EffectiveStatusTest {

  private static final LocalDate REVIEW_BY = LocalDate.of(2026, 3, 31);

  private static EvidenceItem item(EvidenceStatus status, LocalDate reviewBy) {
    EvidenceItem item = new EvidenceItem(null, new EvidenceRef(7));
    item.describe(
        "Carers' survey 2025",
        null,
        Set.of("PEOPLES_EXPERIENCE"),
        Set.of("QS1"),
        "Head of Carers' Services",
        LocalDate.of(2025, 4, 1),
        reviewBy,
        status,
        null);
    return item;
  }

  @Test
  void aCurrentItemIsStillCurrentOnItsReviewByDay() {
    assertThat(item(EvidenceStatus.CURRENT, REVIEW_BY).effectiveStatus(REVIEW_BY))
        .isEqualTo(EvidenceStatus.CURRENT);
  }

  @Test
  void aCurrentItemReadsExpiredTheDayAfterItsReviewByDate() {
    assertThat(item(EvidenceStatus.CURRENT, REVIEW_BY).effectiveStatus(REVIEW_BY.plusDays(1)))
        .isEqualTo(EvidenceStatus.EXPIRED);
  }

  @Test
  void aCurrentItemWithoutReviewByNeverExpiresByItself() {
    assertThat(item(EvidenceStatus.CURRENT, null).effectiveStatus(LocalDate.of(2099, 1, 1)))
        .isEqualTo(EvidenceStatus.CURRENT);
  }

  @Test
  void draftsAndWithdrawnItemsKeepTheirStatusPastTheReviewByDate() {
    EvidenceItem withdrawn = item(EvidenceStatus.CURRENT, REVIEW_BY);
    withdrawn.withdraw("Superseded by the 2026 survey");

    assertThat(item(EvidenceStatus.DRAFT, REVIEW_BY).effectiveStatus(REVIEW_BY.plusDays(1)))
        .isEqualTo(EvidenceStatus.DRAFT);
    assertThat(withdrawn.effectiveStatus(REVIEW_BY.plusDays(1)))
        .isEqualTo(EvidenceStatus.WITHDRAWN);
    assertThat(withdrawn.getRef()).isEqualTo(new EvidenceRef(7));
  }
}
