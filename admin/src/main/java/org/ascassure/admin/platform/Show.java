package org.ascassure.admin.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;

/** How pages write values for people: dates in British form, lists as one line. */
@Named
@ApplicationScoped
public class Show {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm", Locale.UK);

  public String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  public String dateTime(LocalDateTime at) {
    return at == null ? "" : DATE_TIME.format(at) + " UTC";
  }

  /** The items joined by commas, or {@code none} when there are none. */
  public String list(Collection<?> items, String none) {
    if (items == null || items.isEmpty()) {
      return none;
    }
    return String.join(", ", items.stream().map(String::valueOf).toList());
  }
}
