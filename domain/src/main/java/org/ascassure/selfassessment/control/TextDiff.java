package org.ascassure.selfassessment.control;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A readable word-by-word comparison of two texts: what stayed, what was removed, what was added.
 * Works on the narratives' text, not their markup, so a change of emphasis does not drown the
 * change of words.
 */
public final class TextDiff {

  /** What happened to a run of text. */
  public enum Kind {
    SAME,
    REMOVED,
    ADDED
  }

  /** A run of words (with their spacing) that stayed, was removed or was added. */
  public record Segment(Kind kind, String text) {}

  private static final Pattern WORD_OR_SPACE = Pattern.compile("\\s+|[^\\s]+");

  private TextDiff() {}

  public static List<Segment> between(String before, String after) {
    List<String> a = tokens(before);
    List<String> b = tokens(after);
    Patch<String> patch = DiffUtils.diff(a, b);
    List<Segment> segments = new ArrayList<>();
    int at = 0;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      int start = delta.getSource().getPosition();
      add(segments, Kind.SAME, a.subList(at, start));
      add(segments, Kind.REMOVED, delta.getSource().getLines());
      add(segments, Kind.ADDED, delta.getTarget().getLines());
      at = start + delta.getSource().size();
    }
    add(segments, Kind.SAME, a.subList(at, a.size()));
    return segments;
  }

  /** Counts of words added and removed, for a one-line summary. */
  public static int[] wordsAddedRemoved(List<Segment> segments) {
    int added = 0;
    int removed = 0;
    for (Segment s : segments) {
      int words = s.text().isBlank() ? 0 : s.text().strip().split("\\s+").length;
      if (s.kind() == Kind.ADDED) {
        added += words;
      } else if (s.kind() == Kind.REMOVED) {
        removed += words;
      }
    }
    return new int[] {added, removed};
  }

  private static void add(List<Segment> segments, Kind kind, List<String> tokens) {
    if (tokens.isEmpty()) {
      return;
    }
    String text = String.join("", tokens);
    if (!segments.isEmpty() && segments.get(segments.size() - 1).kind() == kind) {
      Segment last = segments.remove(segments.size() - 1);
      text = last.text() + text;
    }
    segments.add(new Segment(kind, text));
  }

  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = WORD_OR_SPACE.matcher(text == null ? "" : text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }
}
