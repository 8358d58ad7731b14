package org.ascassure.evidence.boundary;

import java.time.LocalDate;
import java.util.Set;
import org.ascassure.evidence.entity.EvidenceStatus;

/**
 * What a user gives to add or change an evidence item. Codes are checked against the council
 * framework's catalogue by {@link EvidenceBank}; a null status means {@link EvidenceStatus#DRAFT}.
 */
public record EvidenceDetails(
    String title,
    String description,
    Set<String> categoryCodes,
    Set<String> statementCodes,
    String owner,
    LocalDate evidenceDate,
    LocalDate reviewBy,
    EvidenceStatus status,
    String link) {

  public EvidenceDetails {
    categoryCodes = categoryCodes == null ? Set.of() : Set.copyOf(categoryCodes);
    statementCodes = statementCodes == null ? Set.of() : Set.copyOf(statementCodes);
  }
}
