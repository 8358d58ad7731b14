package org.ascassure.improvement.entity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How an action's RAG follows from its status, dates and progress on a given day. In this order:
 * complete is BLUE; cancelled is not rated; blocked is RED; past its due date is RED; due within
 * the amber window (today included) is AMBER; behind its planned progress - a straight line from 0%
 * on the start date to 100% on the due date - is AMBER; anything else is GREEN.
 */
public final class RagRules {

  public static final int DEFAULT_WINDOW_DAYS = 14;

  private final int windowDays;

  public RagRules(int windowDays) {
    if (windowDays < 0) {
      throw new IllegalArgumentException("the amber window cannot be negative");
    }
    this.windowDays = windowDays;
  }

  public static RagRules standard() {
    return new RagRules(DEFAULT_WINDOW_DAYS);
  }

  public int windowDays() {
    return windowDays;
  }

  public RagAssessment assess(
      ActionStatus status,
      int percentComplete,
      LocalDate startOn,
      LocalDate dueOn,
      String blockedReason,
      LocalDate today) {
    if (status == ActionStatus.COMPLETE) {
      return new RagAssessment(Rag.BLUE, "Complete.");
    }
    if (status == ActionStatus.CANCELLED) {
      return new RagAssessment(Rag.NONE, "Cancelled: not rated.");
    }
    if (status == ActionStatus.BLOCKED) {
      return new RagAssessment(
          Rag.RED,
          blockedReason == null || blockedReason.isBlank()
              ? "Blocked."
              : "Blocked: " + blockedReason.strip());
    }
    long daysLeft = ChronoUnit.DAYS.between(today, dueOn);
    if (daysLeft < 0) {
      return new RagAssessment(
          Rag.RED, "Overdue by " + days(-daysLeft) + " (due " + dueOn + "), not complete.");
    }
    if (daysLeft <= windowDays) {
      return new RagAssessment(
          Rag.AMBER,
          (daysLeft == 0 ? "Due today" : "Due in " + days(daysLeft))
              + ", within the "
              + windowDays
              + "-day window, and "
              + percentComplete
              + "% complete.");
    }
    int planned = plannedPercent(startOn, dueOn, today);
    if (percentComplete < planned) {
      return new RagAssessment(
          Rag.AMBER,
          "Behind plan: " + percentComplete + "% complete, " + planned + "% planned by today.");
    }
    return new RagAssessment(
        Rag.GREEN, "On track: due in " + days(daysLeft) + ", " + percentComplete + "% complete.");
  }

  /**
   * The share of the work that should be done by {@code today} on a straight line from the start to
   * the due date, rounded down; 0 before the start or without a start date.
   */
  static int plannedPercent(LocalDate startOn, LocalDate dueOn, LocalDate today) {
    if (startOn == null || !today.isAfter(startOn)) {
      return 0;
    }
    long total = ChronoUnit.DAYS.between(startOn, dueOn);
    if (total <= 0 || !today.isBefore(dueOn)) {
      return 100;
    }
    return (int) (100 * ChronoUnit.DAYS.between(startOn, today) / total);
  }

  private static String days(long n) {
    return n == 1 ? "1 day" : n + " days";
  }
}
