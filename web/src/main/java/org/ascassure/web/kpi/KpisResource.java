package org.ascassure.web.kpi;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ascassure.evidence.entity.EvidenceItem;
import org.ascassure.kpi.boundary.KpiStatus;
import org.ascassure.kpi.boundary.Kpis;
import org.ascassure.kpi.boundary.SubmissionDetails;
import org.ascassure.kpi.entity.Kpi;
import org.ascassure.kpi.entity.KpiSubmission;
import org.ascassure.platform.boundary.Page;
import org.ascassure.web.evidence.EvidenceResource;
import org.ascassure.web.kpi.KpiViews.KpiView;
import org.ascassure.web.kpi.KpiViews.LeagueEntry;
import org.ascassure.web.kpi.KpiViews.LeagueView;
import org.ascassure.web.kpi.KpiViews.PointView;
import org.ascassure.web.kpi.KpiViews.ReporterView;
import org.ascassure.web.kpi.KpiViews.SubmissionView;
import org.ascassure.web.kpi.KpiViews.TrendView;
import org.ascassure.web.platform.Inputs;
import org.ascassure.web.platform.PageParams;
import org.ascassure.web.platform.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** One KPI: its definition, its submissions, trend and league table, and evidence snapshots. */
@Path("v1/kpis")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class KpisResource {

  /** Figures as clients send them; dates as 2025-05-01. */
  public record SubmissionInput(
      String periodStart,
      String periodEnd,
      String lot,
      String provider,
      BigDecimal numerator,
      BigDecimal denominator,
      BigDecimal value,
      String notes) {}

  /** Which period to file (any day in it; the last complete one when absent), and where. */
  public record SnapshotInput(String period, String statement, String category) {}

  @Inject Kpis kpis;

  @Context UriInfo uri;

  @GET
  @Path("{id}")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "A KPI's definition; its ETag is needed to change it")
  public Response get(@PathParam("id") long id) {
    Kpi kpi = kpis.get(id);
    return Response.ok(KpiView.of(kpi)).tag(Versions.tag(kpi.getVersion())).build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({"ADMIN", "DIRECTOR"})
  @Operation(summary = "Change a KPI's definition (If-Match); past figures are rated anew")
  public Response redefine(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      CouncilKpisResource.KpiInput input) {
    long expected = Versions.fromIfMatch(ifMatch);
    Kpi kpi = kpis.redefine(id, expected, CouncilKpisResource.definition(input));
    return Response.ok(KpiView.of(kpi)).tag(Versions.tag(kpi.getVersion())).build();
  }

  @POST
  @Path("{id}/submissions")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR"})
  @Operation(
      summary =
          "Submit a reporter's figures for one period; a second submission for the same period"
              + " and reporter is refused (409) - correct the first instead")
  public Response submit(@PathParam("id") long id, SubmissionInput input) {
    KpiSubmission submission = kpis.submit(id, details(input));
    return Response.created(
            uri.getBaseUriBuilder()
                .path(KpiSubmissionsResource.class)
                .path(submission.getId().toString())
                .build())
        .tag(Versions.tag(submission.getVersion()))
        .entity(SubmissionView.of(submission, null))
        .build();
  }

  @GET
  @Path("{id}/submissions")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(
      summary =
          "A KPI's submissions as they stand (latest revision), by period and reporter;"
              + " ?period= (any day in it) for one period")
  public Response submissions(
      @PathParam("id") long id, @QueryParam("period") String period, @BeanParam PageParams page) {
    Inputs check = Inputs.check();
    LocalDate day = check.date("period", period);
    check.orFail("The period is not a date.");
    List<KpiSubmission> all = kpis.submissions(id, day);
    var request = page.request();
    List<KpiSubmission> slice =
        all.subList(
            Math.min(request.offset(), all.size()),
            Math.min(request.offset() + request.size(), all.size()));
    return PageParams.ok(
        new Page<>(slice, request.page(), request.size(), all.size()),
        s -> SubmissionView.of(s, null),
        uri);
  }

  @GET
  @Path("{id}/trend")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(
      summary =
          "The combined figure and RAG of each of the last ?periods= periods (13 unless given),"
              + " oldest first, unreported periods included")
  public TrendView trend(
      @PathParam("id") long id,
      @QueryParam("periods") @DefaultValue("" + Kpis.DEFAULT_TREND_PERIODS) int periods) {
    Kpi kpi = kpis.get(id);
    return new TrendView(
        id,
        kpi.targetText(),
        kpi.getDirection().name(),
        KpiViews.COMBINING,
        kpis.trend(id, periods).stream().map(PointView::of).toList());
  }

  @GET
  @Path("{id}/league")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(
      summary =
          "The league table of a period (?period= any day in it; the last complete period"
              + " otherwise): reporters best first with RAG, the combined figure, who is missing")
  public LeagueView league(@PathParam("id") long id, @QueryParam("period") String period) {
    Inputs check = Inputs.check();
    LocalDate day = check.date("period", period);
    check.orFail("The period is not a date.");
    KpiStatus status = kpis.statusFor(id, day);
    return new LeagueView(
        id,
        PointView.of(status.latest()),
        kpis.league(id, status.latest().period().start()).stream().map(LeagueEntry::of).toList(),
        status.missing().stream().map(ReporterView::of).toList(),
        KpiViews.COMBINING);
  }

  @POST
  @Path("{id}/evidence-snapshots")
  // every role passes the edge: adding evidence is a lead's at that council, decided in the domain
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(
      summary =
          "File a period's figures, target and RAG in the council's evidence bank as a new"
              + " current item (statement QS4 and category PROCESSES unless given)")
  public Response snapshot(@PathParam("id") long id, SnapshotInput input) {
    SnapshotInput given = input == null ? new SnapshotInput(null, null, null) : input;
    Inputs check = Inputs.check();
    LocalDate day = check.date("period", given.period());
    check.orFail("The period is not a date.");
    EvidenceItem item = kpis.snapshotAsEvidence(id, day, given.statement(), given.category());
    return Response.created(
            uri.getBaseUriBuilder()
                .path(EvidenceResource.class)
                .path(item.getId().toString())
                .build())
        .tag(Versions.tag(item.getVersion()))
        .entity(
            new KpiViews.SnapshotView(
                item.getId(), item.getRef().toString(), item.getTitle(), item.getDescription()))
        .build();
  }

  static SubmissionDetails details(SubmissionInput input) {
    Inputs.required(input);
    Inputs check = Inputs.check();
    LocalDate start = check.date("periodStart", input.periodStart());
    LocalDate end = check.date("periodEnd", input.periodEnd());
    check.orFail("The figures cannot be accepted.");
    return new SubmissionDetails(
        start,
        end,
        input.lot(),
        input.provider(),
        input.numerator(),
        input.denominator(),
        input.value(),
        input.notes());
  }
}
