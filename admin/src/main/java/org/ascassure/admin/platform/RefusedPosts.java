package org.ascassure.admin.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Answers a post that {@link PostbackNonceCheck} refused with 403 and a page that explains it. The
 * page is rendered as a fresh GET without the refused post's parameters, so it gets a nonce of its
 * own rather than tripping over the refused one (which is what left an empty 500 before).
 */
@WebFilter(servletNames = "Faces Servlet")
public class RefusedPosts extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String PAGE = "/error/refused.xhtml";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(request, response);
    if (request.getAttribute(PostbackNonceCheck.REFUSED) == null) {
      return;
    }
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      // an Ajax request always carries the nonce PrimeFaces gave it: this one was forged
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    if (!response.isCommitted()) {
      response.resetBuffer();
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      request.getRequestDispatcher(PAGE).forward(new AsFreshGet(request), response);
    }
  }

  /** The request as if the page had just been opened: GET, no form fields. */
  private static final class AsFreshGet extends HttpServletRequestWrapper {

    AsFreshGet(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getMethod() {
      return "GET";
    }

    @Override
    public String getParameter(String name) {
      return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
      return null;
    }

    @Override
    public String getQueryString() {
      return null;
    }
  }
}
