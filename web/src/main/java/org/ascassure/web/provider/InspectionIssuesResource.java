package org.ascassure.web.provider;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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
import java.time.LocalDate;
import org.ascassure.platform.boundary.FieldError;
import org.ascassure.provider.boundary.FindingThemes;
import org.ascassure.provider.boundary.Providers;
import org.ascassure.provider.entity.InspectionIssue;
import org.ascassure.web.platform.Inputs;
import org.ascassure.web.platform.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Issues recorded from providers' inspection reports, each under a theme. */
@Path("v1/councils/{councilId}/inspection-issues")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class InspectionIssuesResource {

  @Inject FindingThemes themes;

  @Inject Providers providers;

  @Context UriInfo uri;

  @GET
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "The council's inspection issues, newest first")
  public Response list(@PathParam("councilId") long councilId, @BeanParam PageParams page) {
    return PageParams.ok(
        themes.issues(councilId, page.request()), ProviderViews.IssueView::of, uri);
  }

  @POST
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "Record an issue from a provider's inspection report under a theme")
  public Response create(@PathParam("councilId") long councilId, ProviderInputs.IssueInput input) {
    ProviderInputs.IssueInput in = Inputs.required(input);
    Inputs check = Inputs.check();
    if (in.providerId() == null) {
      check.add(new FieldError("providerId", "providerId is required."));
    }
    if (in.themeId() == null) {
      check.add(new FieldError("themeId", "themeId is required."));
    }
    LocalDate foundOn = check.date("foundOn", in.foundOn());
    check.orFail("The inspection issue is not valid.");
    if (providers.get(in.providerId()).councilId() != councilId) {
      throw new org.ascassure.platform.boundary.NotFoundException("Provider", in.providerId());
    }
    InspectionIssue issue = themes.record(in.providerId(), in.themeId(), foundOn, in.text());
    return Response.created(uri.getAbsolutePathBuilder().build())
        .entity(ProviderViews.IssueView.of(issue))
        .build();
  }
}
