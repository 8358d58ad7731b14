package org.ascassure.admin.council;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ascassure.council.boundary.Councils;
import org.ascassure.council.entity.Council;
import org.ascassure.platform.boundary.Page;
import org.ascassure.platform.boundary.PageRequest;

/** The councils, a page at a time, in name order. */
@Named
@RequestScoped
public class CouncilsPage {

  static final int PAGE_SIZE = 25;

  @Inject Councils councils;

  private int page = 1;
  private Page<Council> result;

  public Page<Council> getResult() {
    if (result == null) {
      result = councils.list(new PageRequest(Math.max(page, 1), PAGE_SIZE));
    }
    return result;
  }

  public long getPageCount() {
    return Math.max(1, (getResult().total() + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
