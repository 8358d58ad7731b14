package org.ascassure.provider.boundary;

import java.time.LocalDate;
import java.util.List;
import org.ascassure.provider.entity.QualityFigures;

/**
 * The quality dashboard on a date: the figures then, the quarterly trend up to it, providers whose
 * rating fell since {@code fellSince}, and those not inspected for {@code staleMonths} months.
 */
public record QualityReport(
    QualityFigures.Snapshot figures,
    List<QualityFigures.QuarterPoint> trend,
    LocalDate fellSince,
    List<QualityFigures.Fall> fell,
    int staleMonths,
    List<QualityFigures.Uninspected> uninspected) {}
