package org.ascassure.improvement.boundary;

import java.util.List;

/** A workstream as a director states it; costs in whole pounds, low to high. */
public record WorkstreamDetails(
    String title,
    String leadName,
    List<String> statementCodes,
    Long costLow,
    Long costHigh,
    String deliveryGroup) {}
