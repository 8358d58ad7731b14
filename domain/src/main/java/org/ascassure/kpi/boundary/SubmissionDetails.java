package org.ascassure.kpi.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A figure as a user reports it: the period, who it is for (lot, provider; blank when the KPI is
 * not split that way) and numerator with denominator (ratios) or value. A correction sends the same
 * shape; its period and reporter are those of the submission it corrects.
 */
public record SubmissionDetails(
    LocalDate periodStart,
    LocalDate periodEnd,
    String lot,
    String provider,
    BigDecimal numerator,
    BigDecimal denominator,
    BigDecimal value,
    String notes) {}
