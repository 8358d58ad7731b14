package org.ascassure.admin.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.ascassure.admin.platform.Caller;
import org.ascassure.admin.platform.Messages;
import org.ascassure.admin.platform.Navigation;
import org.ascassure.audit.boundary.AuditQuery;
import org.ascassure.audit.boundary.AuditTrail;
import org.ascassure.audit.boundary.Verification;
import org.ascassure.audit.entity.AuditRecord;
import org.ascassure.council.boundary.Councils;
import org.ascassure.council.entity.Council;
import org.ascassure.platform.boundary.Page;
import org.ascassure.platform.boundary.PageRequest;

/**
 * Searching the audit trail: administrators see every record, auditors those of the councils they
 * audit (the domain scopes the search; the page only asks). The filters come from the address.
 */
@Named
@RequestScoped
public class AuditPage {

  static final int PAGE_SIZE = 50;

  @Inject AuditTrail trail;

  @Inject Councils councils;

  @Inject Caller caller;

  private AuditFilters filters;
  private int page = 1;
  private Page<AuditEntry> result;
  private Verification verification;

  /** The view action: administrators and auditors only; reads the filters and searches. */
  public void load() {
    if (!caller.isAdmin() && !caller.isAuditor()) {
      Navigation.forbidden();
      return;
    }
    filters =
        AuditFilters.of(
            FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap());
    List<String> problems = new ArrayList<>();
    AuditQuery query = filters.query(problems);
    if (!problems.isEmpty()) {
      problems.forEach(Messages::errorNow);
      result = new Page<>(List.of(), 1, PAGE_SIZE, 0);
      return;
    }
    Page<AuditRecord> found = trail.search(query, new PageRequest(Math.max(page, 1), PAGE_SIZE));
    result =
        new Page<>(
            found.items().stream().map(AuditEntry::of).toList(),
            found.page(),
            found.size(),
            found.total());
  }

  public Page<AuditEntry> getResult() {
    return result;
  }

  public AuditFilters getFilters() {
    return filters;
  }

  /** Whether the whole trail is as it was written (checked at each visit of the page). */
  public Verification getVerification() {
    if (verification == null) {
      verification = trail.verify();
    }
    return verification;
  }

  /** The councils the caller may filter by: all for administrators, their own for auditors. */
  public List<Council> getCouncils() {
    return councils.list(new PageRequest(1, PageRequest.MAX_SIZE)).items();
  }

  public List<String> getEntityTypes() {
    return List.of("Council", "Assessment", "User", "Membership");
  }

  public String councilName(Long council) {
    return council == null
        ? "System-wide"
        : councils.find(council).map(Council::getName).orElse("Council " + council);
  }

  /** The address of the search with the same filters at another page. */
  public String pageQuery(int number) {
    String query = filters.queryString();
    return (query.isEmpty() ? "" : query + "&") + "page=" + number;
  }

  public long getPageCount() {
    return Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
