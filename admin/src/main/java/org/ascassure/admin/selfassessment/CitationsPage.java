package org.ascassure.admin.selfassessment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ascassure.admin.platform.Navigation;
import org.ascassure.citation.boundary.Citations;
import org.ascassure.platform.boundary.NotFoundException;
import org.ascassure.selfassessment.boundary.SelfAssessments;
import org.ascassure.selfassessment.entity.SelfAssessment;

/** A self-assessment's citation report and its coverage of statements by evidence categories. */
@Named
@RequestScoped
public class CitationsPage {

  @Inject SelfAssessments selfAssessments;

  @Inject Citations citations;

  private Long id;
  private SelfAssessment sa;
  private Citations.Report report;
  private Citations.Coverage coverage;

  public void load() {
    try {
      sa = selfAssessments.get(id == null ? -1 : id);
      report = citations.report(id);
      coverage = citations.coverage(id);
    } catch (NotFoundException missing) {
      Navigation.notFound();
    }
  }

  /** The words of a coverage cell: the count, and "gap" for none, so it is not told by colour. */
  public String cell(Citations.Cell cell) {
    return cell.items() == 0 ? "0 – gap" : String.valueOf(cell.items());
  }

  public SelfAssessment getSa() {
    return sa;
  }

  public Citations.Report getReport() {
    return report;
  }

  public Citations.Coverage getCoverage() {
    return coverage;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
