package org.ascassure.admin.platform;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Map;
import java.util.Objects;

/**
 * Refuses a postback whose CSP nonce is not the one its page was given, before anything in it is
 * applied. PrimeFaces checks the nonce only when it renders the answer - after the action has run -
 * and then fails with an empty 500; checking right after the view is restored means a refused post
 * changes nothing, and {@link RefusedPosts} shows a page that says so.
 */
public class PostbackNonceCheck implements PhaseListener {

  private static final long serialVersionUID = 1L;

  /** Where PrimeFaces keeps the page's nonce (view map) and where the page sends it back. */
  static final String NONCE = "primefaces.nonce";

  /** Request attribute telling {@link RefusedPosts} to answer with the refusal page. */
  static final String REFUSED = RefusedPosts.class.getName() + ".refused";

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    if (!faces.isPostback() || faces.getViewRoot() == null) {
      return;
    }
    Map<String, Object> viewMap = faces.getViewRoot().getViewMap(false);
    Object expected = viewMap == null ? null : viewMap.get(NONCE);
    String sent = faces.getExternalContext().getRequestParameterMap().get(NONCE);
    if (expected != null && !Objects.equals(expected, sent)) {
      faces.getExternalContext().getRequestMap().put(REFUSED, Boolean.TRUE);
      faces.responseComplete();
    }
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    // the check needs the restored view, so it runs after restoring it
  }

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }
}
