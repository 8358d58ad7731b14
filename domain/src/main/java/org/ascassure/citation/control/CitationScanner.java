package org.ascassure.citation.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ascassure.evidence.entity.EvidenceRef;

/**
 * Finds evidence citations in narrative text the way councils write them: {@code (E15)}, {@code
 * E15}, {@code (E15, E22)}, {@code (E15; E22 and E30)}. Inside a bracket that cites evidence, a
 * token with another letter ({@code D20}) is reported as a citation that does not resolve, because
 * it is almost always a typo.
 */
public final class CitationScanner {

  /** One citation as written, and where: the line of the text and a few words around it. */
  public record Found(String written, Optional<EvidenceRef> ref, int position, String excerpt) {}

  private static final Pattern BRACKET = Pattern.compile("\\(([^()]{1,300})\\)");
  private static final Pattern TOKEN = Pattern.compile("\\b([A-Za-z])\\s?(\\d{1,5})\\b");
  private static final Pattern SEPARATORS =
      Pattern.compile("(?i)[\\s,;&]+|\\band\\b|\\bsee\\b|\\balso\\b");
  private static final Pattern BARE = Pattern.compile("\\bE(\\d{1,5})\\b");
  private static final int EXCERPT = 40;

  private CitationScanner() {}

  public static List<Found> scan(String text) {
    List<Found> found = new ArrayList<>();
    List<int[]> cited = new ArrayList<>();
    Matcher bracket = BRACKET.matcher(text);
    while (bracket.find()) {
      String inside = bracket.group(1);
      List<MatchResult> tokens = TOKEN.matcher(inside).results().map(MatchResult::of).toList();
      if (!isCitationGroup(inside, tokens)) {
        continue;
      }
      cited.add(new int[] {bracket.start(), bracket.end()});
      for (MatchResult token : tokens) {
        found.add(found(text, bracket.start(1) + token.start(), token.letter(), token.digits()));
      }
    }
    Matcher bare = BARE.matcher(text);
    while (bare.find()) {
      int at = bare.start();
      if (cited.stream().noneMatch(span -> at >= span[0] && at < span[1])) {
        found.add(found(text, at, "E", bare.group(1)));
      }
    }
    found.sort(Comparator.comparingInt(Found::position));
    return found;
  }

  /**
   * Suggests an existing reference for one that does not resolve: the same number under E for a
   * letter typo (D20 → E20), else a number one keystroke away (E51 → E15, E155 → E15).
   */
  public static Optional<EvidenceRef> suggestion(String written, Set<EvidenceRef> existing) {
    Matcher token = TOKEN.matcher(written);
    if (!token.matches()) {
      return Optional.empty();
    }
    String digits = token.group(2).replaceFirst("^0+(?=.)", "");
    if (!"E".equalsIgnoreCase(token.group(1))) {
      EvidenceRef same = new EvidenceRef(Math.max(1, Integer.parseInt(digits)));
      if (existing.contains(same)) {
        return Optional.of(same);
      }
    }
    // swapped digits are the commonest slip, then one wrong digit, then one missing or extra
    return existing.stream()
        .filter(ref -> keystrokes(digits, Integer.toString(ref.number())) > 0)
        .min(
            Comparator.comparingInt(
                    (EvidenceRef ref) -> keystrokes(digits, Integer.toString(ref.number())))
                .thenComparingInt(ref -> Math.abs(ref.number() - Integer.parseInt(digits)))
                .thenComparing(ref -> ref));
  }

  private static boolean isCitationGroup(String inside, List<MatchResult> tokens) {
    // a bracket of nothing but references: (E15), (E15, E22), and typos such as (D20)
    String rest = TOKEN.matcher(inside).replaceAll(" ");
    return !tokens.isEmpty() && SEPARATORS.matcher(rest).replaceAll("").isEmpty();
  }

  private static Found found(String text, int at, String letter, String digits) {
    String written = letter.toUpperCase(Locale.ROOT) + digits;
    Optional<EvidenceRef> ref = Optional.empty();
    if (letter.equalsIgnoreCase("E") && !digits.startsWith("0")) {
      ref = Optional.of(new EvidenceRef(Integer.parseInt(digits)));
    }
    return new Found(written, ref, at, excerpt(text, at));
  }

  private static String excerpt(String text, int at) {
    int lineStart = text.lastIndexOf('\n', at) + 1;
    int lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0) {
      lineEnd = text.length();
    }
    int from = Math.max(lineStart, at - EXCERPT);
    int to = Math.min(lineEnd, at + EXCERPT);
    return (from > lineStart ? "…" : "")
        + text.substring(from, to).strip()
        + (to < lineEnd ? "…" : "");
  }

  /** 1 swapped digits, 2 one digit wrong, 3 one digit missing or extra, 0 anything else. */
  private static int keystrokes(String a, String b) {
    if (a.equals(b) || (a.length() == 1 && b.length() == 1)) {
      // any one digit is one keystroke from any other: no guess is better than a wrong one
      return 0;
    }
    if (a.length() == b.length()) {
      int differences = 0;
      int first = -1;
      for (int i = 0; i < a.length(); i++) {
        if (a.charAt(i) != b.charAt(i)) {
          if (first < 0) {
            first = i;
          }
          differences++;
        }
      }
      boolean swapped =
          differences == 2
              && first + 1 < a.length()
              && a.charAt(first) == b.charAt(first + 1)
              && a.charAt(first + 1) == b.charAt(first);
      return swapped ? 1 : differences == 1 ? 2 : 0;
    }
    String longer = a.length() > b.length() ? a : b;
    String shorter = a.length() > b.length() ? b : a;
    if (longer.length() - shorter.length() != 1) {
      return 0;
    }
    for (int i = 0; i < longer.length(); i++) {
      if ((longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
        return 3;
      }
    }
    return 0;
  }

  private record MatchResult(int start, String letter, String digits) {
    static MatchResult of(java.util.regex.MatchResult m) {
      return new MatchResult(m.start(), m.group(1), m.group(2));
    }
  }
}
