package org.ascassure.web.evidence;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.ascassure.evidence.boundary.EvidenceDetails;
import org.ascassure.evidence.entity.EvidenceStatus;
import org.ascassure.web.platform.Inputs;

/**
 * An evidence item as clients send it: dates as 2025-09-17, categories and statements as codes
 * (PEOPLES_EXPERIENCE, QS4), status DRAFT, CURRENT or EXPIRED (DRAFT when left out).
 */
public record EvidenceInput(
    String title,
    String description,
    List<String> categories,
    List<String> statements,
    String owner,
    String evidenceDate,
    String reviewBy,
    String status,
    String link) {

  /** Turns the input into domain values, reporting every malformed value at once. */
  EvidenceDetails details() {
    Inputs check = Inputs.check();
    var evidenceDate = check.date("evidenceDate", evidenceDate());
    var reviewBy = check.date("reviewBy", reviewBy());
    EvidenceStatus status =
        status() == null || status().isBlank()
            ? null
            : check.enumValue("status", status(), EvidenceStatus.class);
    check.orFail("The evidence item's details are not valid.");
    return new EvidenceDetails(
        title(),
        description(),
        codes(categories()),
        codes(statements()),
        owner(),
        evidenceDate,
        reviewBy,
        status,
        link());
  }

  private static Set<String> codes(List<String> codes) {
    return codes == null
        ? Set.of()
        : codes.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
  }
}
