package org.ascassure.web.kpi;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.List;
import org.ascassure.kpi.boundary.Kpis;
import org.ascassure.kpi.entity.Dimension;
import org.ascassure.kpi.entity.Direction;
import org.ascassure.kpi.entity.Frequency;
import org.ascassure.kpi.entity.Kpi;
import org.ascassure.kpi.entity.KpiDefinition;
import org.ascassure.kpi.entity.KpiKind;
import org.ascassure.kpi.entity.Reporter;
import org.ascassure.web.kpi.KpiViews.KpiStatusView;
import org.ascassure.web.kpi.KpiViews.KpiView;
import org.ascassure.web.platform.Inputs;
import org.ascassure.web.platform.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A council's KPIs: members read them with their latest RAG; directors define them. */
@Path("v1/councils/{councilId}/kpis")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class CouncilKpisResource {

  /** A reporter as clients send it. */
  public record ReporterInput(String lot, String provider) {}

  /** A KPI definition as clients send it; a ratio's unit is always %. */
  public record KpiInput(
      String name,
      String description,
      String unit,
      String kind,
      String direction,
      BigDecimal target,
      BigDecimal amberTolerance,
      String frequency,
      String anchorDate,
      String dimension,
      List<ReporterInput> reporters,
      String exclusions) {}

  @Inject Kpis kpis;

  @Context UriInfo uri;

  @POST
  @RolesAllowed({"ADMIN", "DIRECTOR"})
  @Operation(summary = "Define a KPI: ratio or value, direction, target, frequency, reporters")
  public Response define(@PathParam("councilId") long councilId, KpiInput input) {
    Kpi kpi = kpis.define(councilId, definition(input));
    return Response.created(
            uri.getBaseUriBuilder().path(KpisResource.class).path(kpi.getId().toString()).build())
        .tag(Versions.tag(kpi.getVersion()))
        .entity(KpiView.of(kpi))
        .build();
  }

  @GET
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(
      summary =
          "A council's KPIs, each with its last complete period's combined figure, RAG and"
              + " missing reporters")
  public List<KpiStatusView> list(@PathParam("councilId") long councilId) {
    return kpis.statusOf(councilId).stream().map(KpiStatusView::of).toList();
  }

  /** Checks the input at the edge, reporting every problem at once. */
  static KpiDefinition definition(KpiInput input) {
    Inputs.required(input);
    Inputs check = Inputs.check();
    KpiKind kind = check.enumValue("kind", input.kind(), KpiKind.class);
    Direction direction = check.enumValue("direction", input.direction(), Direction.class);
    Frequency frequency = check.enumValue("frequency", input.frequency(), Frequency.class);
    Dimension dimension = check.enumValue("dimension", input.dimension(), Dimension.class);
    var anchor = check.date("anchorDate", input.anchorDate());
    if (input.target() == null) {
      check.add(
          new org.ascassure.platform.boundary.FieldError(
              "target", "The minimum target is required."));
    }
    check.orFail("The KPI's definition is not valid.");
    List<Reporter> reporters =
        input.reporters() == null
            ? List.of()
            : input.reporters().stream()
                .map(r -> r == null ? new Reporter("", "") : new Reporter(r.lot(), r.provider()))
                .toList();
    return new KpiDefinition(
        input.name(),
        input.description(),
        input.unit(),
        kind,
        direction,
        input.target(),
        input.amberTolerance(),
        frequency,
        anchor,
        dimension,
        reporters,
        input.exclusions());
  }
}
