package org.ascassure.web.council;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.ascassure.council.boundary.CouncilDetails;
import org.ascassure.council.boundary.Councils;
import org.ascassure.council.entity.Council;
import org.ascassure.council.entity.CouncilType;
import org.ascassure.council.entity.OnsCode;
import org.ascassure.council.entity.Region;
import org.ascassure.web.platform.Inputs;
import org.ascassure.web.platform.PageParams;
import org.ascassure.web.platform.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Councils: anyone signed in reads; administrators create and change. */
@Path("v1/councils")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class CouncilsResource {

  /** A council as clients send it. */
  public record CouncilInput(String name, String onsCode, String type, String region) {}

  /** A council as clients read it. */
  public record CouncilView(
      long id, String name, String onsCode, String type, String region, long version) {
    static CouncilView of(Council c) {
      return new CouncilView(
          c.getId(),
          c.getName(),
          c.getOnsCode().value(),
          c.getType().name(),
          c.getRegion().name(),
          c.getVersion());
    }
  }

  @Inject Councils councils;

  @Context UriInfo uri;

  @POST
  @RolesAllowed("ADMIN")
  @Operation(summary = "Add a council")
  public Response create(CouncilInput input) {
    Council council = councils.create(details(input));
    return Response.created(uri.getAbsolutePathBuilder().path(council.getId().toString()).build())
        .tag(Versions.tag(council.getVersion()))
        .entity(CouncilView.of(council))
        .build();
  }

  @GET
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "Councils by name, a page at a time")
  public Response list(@BeanParam PageParams page) {
    return PageParams.ok(councils.list(page.request()), CouncilView::of, uri);
  }

  @GET
  @Path("{id}")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "One council; the ETag is what an update must send as If-Match")
  public Response one(@PathParam("id") long id) {
    Council council = councils.get(id);
    return Response.ok(CouncilView.of(council)).tag(Versions.tag(council.getVersion())).build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed("ADMIN")
  @Operation(summary = "Change a council; needs If-Match with the ETag read")
  public Response update(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      CouncilInput input) {
    long expected = Versions.fromIfMatch(ifMatch);
    Council council = councils.update(id, expected, details(input));
    return Response.ok(CouncilView.of(council)).tag(Versions.tag(council.getVersion())).build();
  }

  private static CouncilDetails details(CouncilInput input) {
    Inputs.required(input);
    Inputs check = Inputs.check();
    OnsCode onsCode =
        input.onsCode() == null ? null : check.value("onsCode", OnsCode::parse, input.onsCode());
    CouncilType type = check.enumValue("type", input.type(), CouncilType.class);
    Region region = check.enumValue("region", input.region(), Region.class);
    check.orFail("The council's details are not valid.");
    return new CouncilDetails(input.name(), onsCode, type, region);
  }
}
