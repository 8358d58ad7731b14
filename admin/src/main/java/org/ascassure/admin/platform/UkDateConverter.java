package org.ascassure.admin.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/**
 * Dates as people in English councils write them: 17/09/2025 (or 17-9-2025, or 2025-09-17 pasted
 * from a system). Shown back as 17/09/2025.
 */
@FacesConverter(value = "ukDate")
public class UkDateConverter implements Converter<LocalDate> {

  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK);

  private static final List<DateTimeFormatter> ACCEPTED =
      List.of(
          DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK)
              .withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ofPattern("d-M-uuuu", Locale.UK)
              .withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ofPattern("d.M.uuuu", Locale.UK)
              .withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ISO_LOCAL_DATE);

  @Override
  public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    for (DateTimeFormatter format : ACCEPTED) {
      try {
        return LocalDate.parse(text, format);
      } catch (DateTimeParseException tryNext) {
        // the next accepted form may match
      }
    }
    throw new ConverterException(
        new FacesMessage(
            FacesMessage.SEVERITY_ERROR,
            "'" + text + "' is not a date: write it as day/month/year, for example 17/09/2025.",
            null));
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
    return value == null ? "" : SHOWN.format(value);
  }
}
