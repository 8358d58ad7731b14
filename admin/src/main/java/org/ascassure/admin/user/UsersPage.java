package org.ascassure.admin.user;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ascassure.admin.platform.Caller;
import org.ascassure.admin.platform.Navigation;
import org.ascassure.platform.boundary.Page;
import org.ascassure.platform.boundary.PageRequest;
import org.ascassure.security.boundary.Users;
import org.ascassure.security.entity.AppUser;

/** Everyone who can sign in, a page at a time, by user name; administrators only. */
@Named
@RequestScoped
public class UsersPage {

  static final int PAGE_SIZE = 25;

  @Inject Users users;

  @Inject Caller caller;

  private int page = 1;
  private Page<AppUser> result;

  /** The view action: other roles get the page that reveals nothing. */
  public void load() {
    if (!caller.isAdmin()) {
      Navigation.forbidden();
    }
  }

  public Page<AppUser> getResult() {
    if (result == null) {
      result = users.list(new PageRequest(Math.max(page, 1), PAGE_SIZE));
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
