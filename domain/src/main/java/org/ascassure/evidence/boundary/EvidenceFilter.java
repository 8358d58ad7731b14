package org.ascassure.evidence.boundary;

import org.ascassure.evidence.entity.EvidenceStatus;

/**
 * What to look for in an evidence bank; every part is optional. {@code text} matches the title, the
 * description or the reference (E15); {@code status} is the effective status, so EXPIRED also finds
 * current items past their review-by date; {@code owner} matches part of the owner.
 */
public record EvidenceFilter(
    String text, String categoryCode, String statementCode, EvidenceStatus status, String owner) {

  public static EvidenceFilter none() {
    return new EvidenceFilter(null, null, null, null, null);
  }
}
