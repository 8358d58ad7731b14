package org.ascassure.reports.platform;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** File names of downloaded documents: {@code fernshire-self-assessment-v2.pdf}. */
public final class FileNames {

  /** What a council's name says about its type, left out of file names. */
  private static final Pattern COUNCIL_WORDS =
      Pattern.compile(
          "\\b(metropolitan|royal|london|borough|county|city|district|unitary|council|of|the)\\b");

  private FileNames() {}

  /**
   * {@code council} shortened to its place name ("Fernshire County Council" → "fernshire"), then
   * each of {@code parts}, joined by dashes, lower case, ASCII letters and digits only.
   */
  public static String of(String council, String extension, String... parts) {
    StringBuilder name = new StringBuilder(place(council));
    for (String part : parts) {
      String slug = slug(part);
      if (!slug.isEmpty()) {
        name.append(name.isEmpty() ? "" : "-").append(slug);
      }
    }
    return (name.isEmpty() ? "document" : name) + "." + extension;
  }

  static String place(String council) {
    String slug = slug(council);
    String place = slug(COUNCIL_WORDS.matcher(slug.replace('-', ' ')).replaceAll(" ").strip());
    return place.isEmpty() ? slug : place;
  }

  static String slug(String text) {
    if (text == null) {
      return "";
    }
    String ascii =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }
}
