package org.ascassure.improvement.boundary;

import java.time.LocalDate;
import java.util.List;

/** What an action is, who owns it (a username) and when it runs: directors decide these. */
public record ActionDetails(
    String title,
    String description,
    String owner,
    LocalDate startOn,
    LocalDate dueOn,
    List<String> statementCodes,
    List<Long> findingIds,
    String milestones) {}
