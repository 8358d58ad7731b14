package org.ascassure.improvement.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ascassure.assessment.entity.FollowUpDeadline;
import org.ascassure.framework.entity.Framework;
import org.ascassure.framework.entity.QualityStatement;
import org.ascassure.framework.entity.StatementCode;
import org.ascassure.improvement.entity.ImprovementAction;

/**
 * How a plan answering a published report is laid out from its areas for improvement, the way a
 * director drafts one: a workstream per theme that has any, in the framework's order, named after
 * the theme; an action per area, titled with the area's words and linked to its finding and
 * statement. Who owns each action and when it is due are the director's to change afterwards.
 */
public final class PlanFromFindings {

  /** The follow-up whose date the drafted actions are due by, while it is still ahead. */
  public static final String STAGE_2_REVIEW = "STAGE_2_REVIEW";

  static final String OTHER_THEME = "Other areas for improvement";

  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** An area for improvement the report names for one statement. */
  public record Area(long findingId, String statementCode, String text) {}

  /** One action to add, answering one area. */
  public record ActionDraft(
      String title, String description, String statementCode, long findingId) {}

  /** One workstream to add, with the statements its areas name and its actions. */
  public record WorkstreamDraft(
      String title, List<String> statementCodes, List<ActionDraft> actions) {}

  private PlanFromFindings() {}

  /** The workstreams and actions for {@code areas}, themes and statements in framework order. */
  public static List<WorkstreamDraft> layOut(
      Framework framework, LocalDate publishedOn, List<Area> areas) {
    Map<String, List<Area>> byTheme = new LinkedHashMap<>();
    Comparator<Area> frameworkOrder =
        Comparator.comparingInt((Area a) -> themePosition(framework, a))
            .thenComparingInt(a -> statementPosition(framework, a))
            .thenComparingLong(Area::findingId);
    areas.stream()
        .sorted(frameworkOrder)
        .forEach(
            a ->
                byTheme
                    .computeIfAbsent(
                        statement(framework, a)
                            .map(s -> s.getTheme().getTitle())
                            .orElse(OTHER_THEME),
                        t -> new ArrayList<>())
                    .add(a));
    List<WorkstreamDraft> drafts = new ArrayList<>();
    byTheme.forEach(
        (theme, inTheme) ->
            drafts.add(
                new WorkstreamDraft(
                    theme,
                    inTheme.stream().map(a -> code(framework, a)).distinct().toList(),
                    inTheme.stream()
                        .map(
                            a ->
                                new ActionDraft(
                                    titleOf(a.text()),
                                    descriptionOf(framework, publishedOn, a),
                                    code(framework, a),
                                    a.findingId()))
                        .toList())));
    return drafts;
  }

  /**
   * When the drafted actions are due: the stage 2 action-plan review, which is when the plan is
   * looked at, if it is still ahead of {@code today}; otherwise three months from today.
   */
  public static LocalDate dueOn(List<FollowUpDeadline> deadlines, LocalDate today) {
    return deadlines.stream()
        .filter(d -> STAGE_2_REVIEW.equals(d.code()) && d.dueOn().isAfter(today))
        .map(FollowUpDeadline::dueOn)
        .findFirst()
        .orElse(today.plusMonths(3));
  }

  /** The area's words as an action's title, cut at a word and marked when they are too long. */
  static String titleOf(String text) {
    String title = text.strip().replaceAll("\\s+", " ");
    int max = ImprovementAction.TITLE_LENGTH;
    if (title.length() <= max) {
      return title;
    }
    String cut = title.substring(0, max - 1);
    int lastSpace = cut.lastIndexOf(' ');
    if (lastSpace > max / 2) {
      cut = cut.substring(0, lastSpace);
    }
    return cut.strip() + "…";
  }

  private static String descriptionOf(Framework framework, LocalDate publishedOn, Area a) {
    String statement =
        statement(framework, a)
            .map(s -> s.getCode() + " " + s.getTitle())
            .orElse(a.statementCode());
    return "The CQC report"
        + (publishedOn == null ? "" : " published " + publishedOn.format(LONG_DATE))
        + " names this area for improvement under "
        + statement
        + ": "
        + a.text().strip();
  }

  private static String code(Framework framework, Area a) {
    return statement(framework, a).map(QualityStatement::getCode).orElse(a.statementCode());
  }

  private static Optional<QualityStatement> statement(Framework framework, Area a) {
    try {
      return framework.findStatement(StatementCode.parse(a.statementCode()));
    } catch (RuntimeException notACode) {
      return Optional.empty();
    }
  }

  private static int themePosition(Framework framework, Area a) {
    return statement(framework, a).map(s -> s.getTheme().getPosition()).orElse(Integer.MAX_VALUE);
  }

  private static int statementPosition(Framework framework, Area a) {
    return statement(framework, a).map(QualityStatement::getPosition).orElse(Integer.MAX_VALUE);
  }
}
