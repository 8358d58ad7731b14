package org.ascassure.admin.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.ascassure.platform.boundary.DomainException;
import org.ascassure.platform.boundary.InvalidInputException;

/** Puts outcomes of an action where the layout shows them, and keeps them over a redirect. */
public final class Messages {

  private Messages() {}

  public static void info(String text) {
    add(FacesMessage.SEVERITY_INFO, text);
  }

  public static void error(String text) {
    add(FacesMessage.SEVERITY_ERROR, text);
  }

  /** An error about the page being shown now, not kept over a redirect. */
  public static void errorNow(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /** Every rule the domain found broken, one message each, so the user can fix all at once. */
  public static void of(DomainException problem) {
    if (problem instanceof InvalidInputException invalid && !invalid.errors().isEmpty()) {
      error(invalid.getMessage());
      invalid.errors().forEach(error -> error(error.message()));
    } else {
      error(problem.getMessage());
    }
  }

  private static void add(FacesMessage.Severity severity, String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(severity, text, null));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }
}
