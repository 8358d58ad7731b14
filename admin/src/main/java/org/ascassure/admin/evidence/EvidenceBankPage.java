package org.ascassure.admin.evidence;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.ascassure.admin.platform.Navigation;
import org.ascassure.council.boundary.Councils;
import org.ascassure.council.entity.Council;
import org.ascassure.evidence.boundary.EvidenceBank;
import org.ascassure.evidence.boundary.EvidenceFilter;
import org.ascassure.evidence.entity.EvidenceItem;
import org.ascassure.evidence.entity.EvidenceStatus;
import org.ascassure.framework.boundary.FrameworkCatalogue;
import org.ascassure.framework.entity.EvidenceCategory;
import org.ascassure.framework.entity.QualityStatement;
import org.ascassure.platform.boundary.Page;
import org.ascassure.platform.boundary.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A council's evidence bank: the filters live in the address (so a search can be bookmarked and the
 * table starts at its first page), the table loads one page at a time from the domain.
 */
@Named
@ViewScoped
public class EvidenceBankPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject EvidenceBank bank;

  @Inject Councils councils;

  @Inject FrameworkCatalogue frameworks;

  private Long councilId;
  private String text;
  private String category;
  private String statement;
  private EvidenceStatus status;
  private String owner;
  private Council council;
  private Items items;
  private List<Council> choices;

  /**
   * The view action: the council must exist and be readable. Without one (the main navigation's
   * link) a member of a single council goes straight to its bank; others choose.
   */
  public void load() {
    if (councilId == null) {
      List<Council> readable = getChoices();
      if (readable.size() == 1) {
        redirectTo(readable.get(0).getId());
      }
      return;
    }
    council = councils.find(councilId).orElse(null);
    if (council == null) {
      Navigation.notFound();
    }
  }

  /** The councils whose evidence banks the caller may open. */
  public List<Council> getChoices() {
    if (choices == null) {
      choices = councils.list(new PageRequest(1, PageRequest.MAX_SIZE)).items();
    }
    return choices;
  }

  private static void redirectTo(long councilId) {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      external.redirect(
          external.getRequestContextPath() + "/evidence/index.xhtml?council=" + councilId);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Applies the filters by reloading the page with them in the address. */
  public String search() {
    return "/evidence/index?faces-redirect=true&includeViewParams=true";
  }

  public String clear() {
    return "/evidence/index?faces-redirect=true&council=" + councilId;
  }

  public LazyDataModel<EvidenceItem> getItems() {
    if (items == null) {
      items = new Items(this);
    }
    return items;
  }

  EvidenceFilter filter() {
    return new EvidenceFilter(text, category, statement, status, owner);
  }

  /** The table's rows, a page at a time from the domain, in reference order. */
  static class Items extends LazyDataModel<EvidenceItem> {
    private static final long serialVersionUID = 1L;
    private final EvidenceBankPage page;

    Items(EvidenceBankPage page) {
      this.page = page;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) page.bank.search(page.councilId, page.filter(), new PageRequest(1, 1)).total();
    }

    @Override
    public List<EvidenceItem> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      int size = Math.min(Math.max(pageSize, 1), PageRequest.MAX_SIZE);
      Page<EvidenceItem> result =
          page.bank.search(page.councilId, page.filter(), new PageRequest(first / size + 1, size));
      setRowCount((int) result.total());
      return result.items();
    }

    @Override
    public String getRowKey(EvidenceItem item) {
      return String.valueOf(item.getId());
    }

    @Override
    public EvidenceItem getRowData(String rowKey) {
      return page.bank.find(Long.parseLong(rowKey)).orElse(null);
    }
  }

  public boolean isCanChange() {
    return councilId != null && bank.canChange(councilId);
  }

  public List<EvidenceCategory> getCategories() {
    return bank.categories();
  }

  public List<QualityStatement> getStatements() {
    return frameworks.getByCode(EvidenceBank.FRAMEWORK).statements();
  }

  public EvidenceStatus[] getStatuses() {
    return EvidenceStatus.values();
  }

  /** The names of an item's categories, for people rather than codes. */
  public String categoryNames(EvidenceItem item) {
    return String.join(
        ", ",
        getCategories().stream()
            .filter(c -> item.getCategoryCodes().contains(c.getCode()))
            .map(EvidenceCategory::getName)
            .toList());
  }

  public String statementCodes(EvidenceItem item) {
    return String.join(", ", item.getStatementCodes().stream().sorted().toList());
  }

  public Council getCouncil() {
    return council;
  }

  public Long getCouncilId() {
    return councilId;
  }

  public void setCouncilId(Long councilId) {
    this.councilId = councilId;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getStatement() {
    return statement;
  }

  public void setStatement(String statement) {
    this.statement = statement;
  }

  public EvidenceStatus getStatus() {
    return status;
  }

  public void setStatus(EvidenceStatus status) {
    this.status = status;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }
}
