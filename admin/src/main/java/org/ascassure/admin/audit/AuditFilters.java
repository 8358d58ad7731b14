package org.ascassure.admin.audit;

import jakarta.faces.convert.ConverterException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ascassure.admin.platform.UkDateConverter;
import org.ascassure.audit.boundary.AuditQuery;

/**
 * The audit search's filters as typed into the page's address (a GET form, so a search can be
 * bookmarked and exported with the same address); every one optional. Kept as typed, so a mistake
 * is shown back to be corrected rather than dropped.
 */
public record AuditFilters(
    String council, String actor, String entityType, String entityId, String from, String to) {

  /** Reads the filters from request parameters (the page's and the export's). */
  public static AuditFilters of(Map<String, String> parameters) {
    return new AuditFilters(
        parameters.get("council"),
        parameters.get("actor"),
        parameters.get("entityType"),
        parameters.get("entityId"),
        parameters.get("from"),
        parameters.get("to"));
  }

  /** The filters as a domain query; what cannot be read is added to {@code problems}. */
  public AuditQuery query(List<String> problems) {
    Long councilId = null;
    if (present(council)) {
      try {
        councilId = Long.valueOf(council.strip());
      } catch (NumberFormatException e) {
        problems.add("Choose the council from the list.");
      }
    }
    return new AuditQuery(
        councilId,
        blankToNull(actor),
        blankToNull(entityType),
        blankToNull(entityId),
        date("From", from, problems),
        date("To", to, problems));
  }

  /** The filters as a query string, for the export link and the pages of the result. */
  public String queryString() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("council", council);
    parameters.put("actor", actor);
    parameters.put("entityType", entityType);
    parameters.put("entityId", entityId);
    parameters.put("from", from);
    parameters.put("to", to);
    return parameters.entrySet().stream()
        .filter(e -> present(e.getValue()))
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static LocalDate date(String label, String text, List<String> problems) {
    if (!present(text)) {
      return null;
    }
    try {
      return new UkDateConverter().getAsObject(null, null, text);
    } catch (ConverterException e) {
      problems.add(label + ": " + e.getFacesMessage().getSummary());
      return null;
    }
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }

  private static String blankToNull(String text) {
    return present(text) ? text.strip() : null;
  }
}
