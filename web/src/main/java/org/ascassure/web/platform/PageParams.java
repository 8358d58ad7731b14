package org.ascassure.web.platform;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Function;
import org.ascassure.platform.boundary.Page;
import org.ascassure.platform.boundary.PageRequest;

/**
 * {@code ?page=1&size=50} on every list. The body is a JSON array; {@code X-Total-Count} and {@code
 * Link} (rel next/prev) tell the client how to get the rest.
 */
public class PageParams {

  @QueryParam("page")
  @DefaultValue("1")
  int page;

  @QueryParam("size")
  @DefaultValue("50")
  int size;

  public PageRequest request() {
    return new PageRequest(page, size);
  }

  public static <T, R> Response ok(Page<T> page, Function<T, R> view, UriInfo uri) {
    Response.ResponseBuilder response =
        Response.ok(page.map(view).items()).header("X-Total-Count", page.total());
    if (page.hasNext()) {
      response.links(link(uri, page.page() + 1, page.size(), "next"));
    }
    if (page.page() > 1) {
      response.links(link(uri, page.page() - 1, page.size(), "prev"));
    }
    return response.build();
  }

  private static Link link(UriInfo uri, int page, int size, String rel) {
    return Link.fromUriBuilder(
            uri.getRequestUriBuilder()
                .replaceQueryParam("page", page)
                .replaceQueryParam("size", size))
        .rel(rel)
        .build();
  }
}
