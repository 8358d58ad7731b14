package org.ascassure.admin.kpi;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.ascassure.council.boundary.Councils;
import org.ascassure.council.entity.Council;
import org.ascassure.kpi.boundary.KpiStatus;
import org.ascassure.kpi.boundary.Kpis;
import org.ascassure.platform.boundary.PageRequest;

/** The KPIs of every council the caller may read, each with its last complete period's RAG. */
@Named
@RequestScoped
public class KpisPage {

  /** One council's KPIs. */
  public record CouncilKpis(Council council, List<KpiStatus> kpis, boolean mayDefine) {}

  @Inject Kpis kpis;

  @Inject Councils councils;

  private List<CouncilKpis> rows;

  public List<CouncilKpis> getCouncils() {
    if (rows == null) {
      rows = new ArrayList<>();
      for (Council council : councils.list(new PageRequest(1, PageRequest.MAX_SIZE)).items()) {
        List<KpiStatus> of = kpis.statusOf(council.getId());
        boolean mayDefine = kpis.canDefine(council.getId());
        if (!of.isEmpty() || mayDefine) {
          rows.add(new CouncilKpis(council, of, mayDefine));
        }
      }
    }
    return rows;
  }
}
