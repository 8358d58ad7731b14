package org.ascassure.assessment.entity;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a published outcome obliges the council to do next: the dated follow-ups its rating triggers
 * and the statements notified to the Secretary of State (scored 1).
 */
public record FollowUp(
    LocalDate publishedOn,
    String rating,
    List<FollowUpDeadline> deadlines,
    List<String> notifiedStatements) {

  /** Computes the deadlines of every rule that applies to the rating, earliest first. */
  public static FollowUp of(
      LocalDate publishedOn, String ratingCode, List<String> notifiable, List<Rule> rules) {
    List<FollowUpDeadline> deadlines =
        publishedOn == null
            ? List.of()
            : rules.stream()
                .filter(rule -> rule.ratings().contains(ratingCode))
                .flatMap(
                    rule -> {
                      List<LocalDate> dates = rule.schedule().datesAfter(publishedOn);
                      return java.util.stream.IntStream.range(0, dates.size())
                          .mapToObj(
                              i ->
                                  new FollowUpDeadline(
                                      rule.code(),
                                      rule.label(),
                                      i + 1,
                                      dates.size(),
                                      dates.get(i)));
                    })
                .sorted(Comparator.comparing(FollowUpDeadline::dueOn))
                .toList();
    return new FollowUp(publishedOn, ratingCode, deadlines, List.copyOf(notifiable));
  }

  /** A deadline rule as the computation needs it. */
  public record Rule(String code, String label, List<String> ratings, DeadlineSchedule schedule) {}

  /** The first deadline on or after {@code today}. */
  public Optional<FollowUpDeadline> nextOnOrAfter(LocalDate today) {
    return deadlines.stream().filter(d -> !d.dueOn().isBefore(today)).findFirst();
  }

  public List<FollowUpDeadline> upcoming(LocalDate today, int howMany) {
    return deadlines.stream().filter(d -> !d.dueOn().isBefore(today)).limit(howMany).toList();
  }
}
