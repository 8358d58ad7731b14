package org.ascassure.evidence.entity;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ascassure.platform.boundary.InvalidInputException;

/**
 * The stable reference of an evidence item within its council's evidence bank: E1, E2, … Numbers
 * are given by the system in order and never reused, so a citation keeps meaning what it meant.
 */
public record EvidenceRef(int number) implements Comparable<EvidenceRef> {

  private static final Pattern FORM = Pattern.compile("E([1-9][0-9]{0,6})");

  public EvidenceRef {
    if (number < 1) {
      throw new InvalidInputException("ref", "Evidence numbers start at 1 (E1).");
    }
  }

  /** Reads user input leniently: surrounding blanks and lower case are accepted. */
  public static EvidenceRef parse(String input) {
    Matcher m = input == null ? null : FORM.matcher(input.strip().toUpperCase(Locale.ROOT));
    if (m == null || !m.matches()) {
      throw new InvalidInputException(
          "ref", "'" + input + "' is not an evidence reference such as E15.");
    }
    return new EvidenceRef(Integer.parseInt(m.group(1)));
  }

  @Override
  public int compareTo(EvidenceRef other) {
    return Integer.compare(number, other.number);
  }

  @Override
  public String toString() {
    return "E" + number;
  }
}
