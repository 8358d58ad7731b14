package org.ascassure.admin.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import org.ascassure.platform.boundary.DomainException;
import org.ascassure.platform.boundary.InvalidInputException;

/**
 * The domain's refusal of a form, shown on the page being posted (not kept over a redirect): the
 * general reason, then each field's problem attached to its input, which is marked invalid so the
 * field itself says so (PrimeFaces renders aria-invalid and the error style). The layout lists
 * every message at the top, as {@link Messages} does. A field the form does not have is listed
 * without an input.
 */
public final class FieldMessages {

  private FieldMessages() {}

  /**
   * @param inputs the domain's field names (such as {@code title}) and the client ids of the inputs
   *     that hold them (such as {@code statement:title})
   */
  public static void of(DomainException problem, Map<String, String> inputs) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (problem instanceof InvalidInputException invalid && !invalid.errors().isEmpty()) {
      faces.addMessage(null, error(invalid.getMessage()));
      invalid
          .errors()
          .forEach(
              e -> {
                String clientId = inputs.get(e.field());
                faces.addMessage(clientId, error(e.message()));
                if (clientId != null) {
                  markInvalid(faces, clientId);
                }
              });
    } else {
      faces.addMessage(null, error(problem.getMessage()));
    }
  }

  private static void markInvalid(FacesContext faces, String clientId) {
    faces
        .getViewRoot()
        .invokeOnComponent(
            faces,
            clientId,
            (context, component) -> {
              if (component instanceof EditableValueHolder input) {
                input.setValid(false);
              }
            });
  }

  private static FacesMessage error(String text) {
    return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
  }
}
