package org.ascassure.admin.selfassessment;

import java.io.Serializable;
import java.util.List;
import org.ascassure.selfassessment.control.TextDiff;

/**
 * A run of a word diff as a page shows it: kept, removed ({@code <del>}) or added ({@code <ins>}).
 * The text is always written escaped – a diff never renders markup from the data.
 */
public record DiffRun(String kind, String text) implements Serializable {

  public static List<DiffRun> of(List<TextDiff.Segment> segments) {
    return segments.stream()
        .map(s -> new DiffRun(s.kind().name().toLowerCase(), s.text()))
        .toList();
  }

  public boolean isRemoved() {
    return "removed".equals(kind);
  }

  public boolean isAdded() {
    return "added".equals(kind);
  }

  public boolean isSame() {
    return "same".equals(kind);
  }
}
