package org.ascassure.framework.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * One thing a framework version says differently from another: a theme, statement or evidence
 * category added or taken out, or one of its fields changed. What an administrator reads before
 * publishing a new version, and what a lead reads when the framework changes under them.
 *
 * @param part "Theme", "Statement" or "Evidence category"
 * @param code the part's code: LEADERSHIP, QS3, PARTNERS
 * @param change "Added", "Taken out", or the field that changed ("Title", "Other names"…)
 * @param before what the older version says; null when added
 * @param after what the newer version says; null when taken out
 */
public record FrameworkDifference(
    String part, String code, String change, String before, String after) {

  public static final String ADDED = "Added";
  public static final String TAKEN_OUT = "Taken out";

  /** What {@code to} says differently from {@code from}, in {@code to}'s order, then what went. */
  public static List<FrameworkDifference> between(Framework from, Framework to) {
    List<FrameworkDifference> differences = new ArrayList<>();
    compare(
        "Theme",
        from.getThemes(),
        to.getThemes(),
        Theme::getCode,
        Theme::getTitle,
        t -> Map.of("Title", t.getTitle()),
        differences);
    compare(
        "Statement",
        from.statements(),
        to.statements(),
        QualityStatement::getCode,
        QualityStatement::getTitle,
        FrameworkDifference::fields,
        differences);
    compare(
        "Evidence category",
        from.getEvidenceCategories(),
        to.getEvidenceCategories(),
        EvidenceCategory::getCode,
        EvidenceCategory::getName,
        c -> Map.of("Name", c.getName()),
        differences);
    return differences;
  }

  private static Map<String, String> fields(QualityStatement s) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("Theme", s.getTheme().getCode());
    fields.put("Title", s.getTitle());
    fields.put("Description", s.getDescription());
    fields.put("Scored", s.isScored() ? "Scored" : "Written judgement");
    fields.put("Other names", String.join(", ", new TreeSet<>(s.getAliases())));
    return fields;
  }

  private static <T> void compare(
      String part,
      List<T> older,
      List<T> newer,
      Function<T, String> code,
      Function<T, String> label,
      Function<T, Map<String, String>> fields,
      List<FrameworkDifference> differences) {
    Map<String, T> before = new LinkedHashMap<>();
    older.forEach(t -> before.put(code.apply(t), t));
    for (T now : newer) {
      T was = before.remove(code.apply(now));
      if (was == null) {
        differences.add(
            new FrameworkDifference(part, code.apply(now), ADDED, null, label.apply(now)));
        continue;
      }
      Map<String, String> then = fields.apply(was);
      fields
          .apply(now)
          .forEach(
              (field, value) -> {
                if (!Objects.equals(then.get(field), value)) {
                  differences.add(
                      new FrameworkDifference(
                          part, code.apply(now), field, then.get(field), value));
                }
              });
    }
    before.forEach(
        (gone, was) ->
            differences.add(
                new FrameworkDifference(part, gone, TAKEN_OUT, label.apply(was), null)));
  }
}
