package org.ascassure.web.provider;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import org.ascassure.evidence.entity.EvidenceItem;
import org.ascassure.provider.boundary.ProviderQuality;
import org.ascassure.provider.entity.QualitySetting;
import org.ascassure.web.platform.Inputs;
import org.ascassure.web.platform.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The provider market's quality on any date, the council's target, and evidence snapshots. */
@Path("v1/councils/{councilId}/provider-quality")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class ProviderQualityResource {

  @Inject ProviderQuality quality;

  @Context UriInfo uri;

  @GET
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(
      summary = "Share rated Good or Outstanding on a date, against the target",
      description =
          "date (default today) picks the ratings in force then: the latest published on or"
              + " before it, for providers registered that day. Not-yet-rated providers are"
              + " counted but left out of the share. Also: the share per service type, counts by"
              + " service type and rating, the quarterly trend, providers whose rating fell since"
              + " fellSince (default a year before), and providers not inspected for the"
              + " council's number of months.")
  public ProviderViews.QualityView report(
      @PathParam("councilId") long councilId,
      @QueryParam("date") String date,
      @QueryParam("fellSince") String fellSince) {
    Inputs check = Inputs.check();
    LocalDate on = check.date("date", date);
    LocalDate since = check.date("fellSince", fellSince);
    check.orFail("The dates are not valid.");
    return ProviderViews.QualityView.of(quality.report(councilId, on, since));
  }

  @GET
  @Path("settings")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "The council's target and months-uninspected threshold; ETag for a change")
  public Response setting(@PathParam("councilId") long councilId) {
    return ok(quality.setting(councilId));
  }

  @PUT
  @Path("settings")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(
      summary = "Change the target (1-100%) and the months-uninspected threshold; directors",
      description = "Needs If-Match with the ETag read (\"0\" while the defaults apply).")
  public Response changeSetting(
      @PathParam("councilId") long councilId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      ProviderInputs.SettingInput input) {
    long expected = Versions.fromIfMatch(ifMatch);
    ProviderInputs.SettingInput in = Inputs.required(input);
    return ok(quality.changeSetting(councilId, expected, in.targetPercent(), in.staleMonths()));
  }

  @POST
  @Path("evidence")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(
      summary = "File the figures on a date in the evidence bank (QS4); leads and administrators",
      description =
          "Creates a current evidence item under the statement \"Care provision, integration and"
              + " continuity\" whose description holds the figures; answers 201 with its"
              + " Location in the evidence bank.")
  public Response snapshot(
      @PathParam("councilId") long councilId, @QueryParam("date") String date) {
    Inputs check = Inputs.check();
    LocalDate on = check.date("date", date);
    check.orFail("The date is not valid.");
    EvidenceItem item = quality.snapshotAsEvidence(councilId, on);
    return Response.created(
            uri.getBaseUriBuilder().path("v1/evidence").path(item.getId().toString()).build())
        .entity(
            java.util.Map.of(
                "id", item.getId(), "ref", item.getRef().toString(), "title", item.getTitle()))
        .build();
  }

  private static Response ok(QualitySetting setting) {
    return Response.ok(ProviderViews.SettingView.of(setting))
        .tag(Versions.tag(setting.getVersion()))
        .build();
  }
}
