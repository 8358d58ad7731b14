package org.ascassure.admin.council;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import org.ascassure.council.entity.OnsCode;
import org.ascassure.platform.boundary.InvalidInputException;

/** An ONS code field, checked by the domain's own rule so the UI and the API say the same. */
@FacesConverter(value = "onsCode")
public class OnsCodeConverter implements Converter<OnsCode> {

  @Override
  public OnsCode getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OnsCode.parse(value);
    } catch (InvalidInputException e) {
      throw new ConverterException(
          new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, OnsCode value) {
    return value == null ? "" : value.value();
  }
}
