package org.ascassure.web.evidence;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.ascassure.evidence.boundary.EvidenceBank;
import org.ascassure.evidence.boundary.EvidenceFilter;
import org.ascassure.evidence.entity.EvidenceItem;
import org.ascassure.evidence.entity.EvidenceStatus;
import org.ascassure.web.platform.Inputs;
import org.ascassure.web.platform.PageParams;
import org.ascassure.web.platform.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A council's evidence bank: members read and search; leads and administrators add (the domain
 * decides by the caller's role at this council, so every signed-in role reaches it).
 */
@Path("v1/councils/{councilId}/evidence")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class CouncilEvidenceResource {

  /** The search's query parameters, all optional. */
  public static class Filter {
    @QueryParam("q")
    String text;

    @QueryParam("category")
    String category;

    @QueryParam("statement")
    String statement;

    @QueryParam("status")
    String status;

    @QueryParam("owner")
    String owner;

    EvidenceFilter filter() {
      Inputs check = Inputs.check();
      EvidenceStatus effective =
          status == null || status.isBlank()
              ? null
              : check.enumValue("status", status, EvidenceStatus.class);
      check.orFail("The search is not valid.");
      return new EvidenceFilter(text, category, statement, effective, owner);
    }
  }

  @Inject EvidenceBank bank;

  @Context UriInfo uri;

  @POST
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(
      summary = "Add an evidence item",
      description =
          "The system gives the item the council's next reference (E1, E2, ...), returned as"
              + " ref; references are never reused.")
  public Response create(@PathParam("councilId") long councilId, EvidenceInput input) {
    EvidenceItem item = bank.create(councilId, Inputs.required(input).details());
    return Response.created(
            uri.getBaseUriBuilder()
                .path(EvidenceResource.class)
                .path(item.getId().toString())
                .build())
        .tag(Versions.tag(item.getVersion()))
        .entity(EvidenceView.of(item))
        .build();
  }

  @GET
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(
      summary = "Search a council's evidence bank, by reference",
      description =
          "q matches the title, the description or a reference (E15); category and statement"
              + " are codes; status is the effective status (EXPIRED also finds current items"
              + " past their review-by date); owner matches part of the owner.")
  public Response search(
      @PathParam("councilId") long councilId,
      @BeanParam Filter filter,
      @BeanParam PageParams page) {
    return PageParams.ok(
        bank.search(councilId, filter.filter(), page.request()), EvidenceView::of, uri);
  }
}
