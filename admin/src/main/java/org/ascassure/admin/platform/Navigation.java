package org.ascassure.admin.platform;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Answers a page request that cannot be served with the product's own error pages. */
public final class Navigation {

  private Navigation() {}

  public static void notFound() {
    sendError(404, "Not found");
  }

  /** The caller's role may not see this page (the form to add a council, say). */
  public static void forbidden() {
    sendError(403, "Forbidden");
  }

  private static void sendError(int status, String reason) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(status, reason);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
