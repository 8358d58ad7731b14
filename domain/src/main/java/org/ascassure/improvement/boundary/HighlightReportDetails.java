package org.ascassure.improvement.boundary;

import java.time.LocalDate;
import org.ascassure.improvement.entity.Rag;

/**
 * A highlight report as written: the period ("2026-11" or "2026-Q4"), the date it was written
 * (today when null), the three texts, and the RAG its author chooses with the reason when it
 * differs from the computed one.
 */
public record HighlightReportDetails(
    String period,
    LocalDate writtenOn,
    String achievements,
    String nextSteps,
    String risks,
    Rag chosenRag,
    String ragReason) {}
