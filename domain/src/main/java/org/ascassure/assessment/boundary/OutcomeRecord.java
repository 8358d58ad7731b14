package org.ascassure.assessment.boundary;

import java.time.LocalDate;
import java.util.Map;

/**
 * A published outcome as a user states it: the framework's code, the publication date, a score per
 * statement code ("QS1" -> 2) and, for judgement frameworks, the overall grade.
 */
public record OutcomeRecord(
    String framework, LocalDate publishedOn, Map<String, Integer> scores, Integer overallGrade) {}
