package org.ascassure.web.user;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ascassure.platform.boundary.FieldError;
import org.ascassure.security.boundary.Users;
import org.ascassure.security.entity.AppUser;
import org.ascassure.security.entity.Membership;
import org.ascassure.security.entity.Role;
import org.ascassure.web.platform.Inputs;
import org.ascassure.web.platform.PageParams;
import org.ascassure.web.platform.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Users and memberships: administrators only. */
@Path("v1/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed("ADMIN")
public class UsersResource {

  /** A new user as clients send it; roles default to none but a membership adds its role. */
  public record UserInput(
      String username, String displayName, String password, List<String> roles) {}

  /** Whether the user may sign in. */
  public record EnabledInput(Boolean enabled) {}

  /** A council role as clients send it. */
  public record MembershipInput(Long councilId, String role, List<String> scope) {}

  @Inject Users users;

  @Context UriInfo uri;

  @GET
  @Operation(summary = "Everyone who can sign in, by user name")
  public Response list(@BeanParam PageParams page) {
    return PageParams.ok(users.list(page.request()), this::view, uri);
  }

  @POST
  @Operation(
      summary = "Add a user",
      description =
          "The password must have at least 12 characters and not contain the user name. Give"
              + " ADMIN in roles for an administrator; council roles come with memberships.")
  public Response create(UserInput input) {
    Inputs.required(input);
    Inputs check = Inputs.check();
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (input.roles() != null) {
      for (String role : input.roles()) {
        Role parsed = check.enumValue("roles", role, Role.class);
        if (parsed != null) {
          roles.add(parsed);
        }
      }
    }
    check.orFail("The user cannot be created.");
    AppUser user = users.create(input.username(), input.displayName(), input.password(), roles);
    return Response.created(uri.getAbsolutePathBuilder().path(user.getId().toString()).build())
        .entity(view(user))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One user with their memberships; the ETag is what a change must send")
  public Response get(@PathParam("id") long id) {
    AppUser user = users.get(id);
    return Response.ok(view(user)).tag(Versions.tag(user.getVersion())).build();
  }

  @PUT
  @Path("{id}/enabled")
  @Operation(
      summary = "Stop a user signing in, or allow it again; needs If-Match with the ETag read",
      description =
          "{\"enabled\":false} refuses their password and makes their memberships stop counting;"
              + " administrators cannot disable themselves (409).")
  public Response setEnabled(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      EnabledInput input) {
    Inputs.required(input);
    if (input.enabled() == null) {
      Inputs check = Inputs.check();
      check.add(new FieldError("enabled", "enabled is required: true or false."));
      check.orFail("The user cannot be changed.");
    }
    long expected = Versions.fromIfMatch(ifMatch);
    AppUser user = users.setEnabled(id, expected, input.enabled());
    return Response.ok(view(user)).tag(Versions.tag(user.getVersion())).build();
  }

  @POST
  @Path("{id}/memberships")
  @Operation(
      summary = "Give a user a role at a council",
      description =
          "role is LEAD, DIRECTOR or AUDITOR; a lead's scope lists theme or statement"
              + " codes they may edit (empty: the whole council).")
  public Response addMembership(@PathParam("id") long id, MembershipInput input) {
    Inputs.required(input);
    Inputs check = Inputs.check();
    Role role = check.enumValue("role", input.role(), Role.class);
    if (input.councilId() == null) {
      check.add(new FieldError("councilId", "councilId is required."));
    }
    check.orFail("The membership cannot be added.");
    Membership membership = users.addMembership(id, input.councilId(), role, input.scope());
    return Response.created(
            uri.getAbsolutePathBuilder().path(membership.getId().toString()).build())
        .entity(UserView.MembershipView.of(membership))
        .build();
  }

  @DELETE
  @Path("{id}/memberships/{membershipId}")
  @Operation(summary = "Take a council role away")
  public Response removeMembership(
      @PathParam("id") long id, @PathParam("membershipId") long membershipId) {
    users.removeMembership(id, membershipId);
    return Response.noContent().build();
  }

  private UserView view(AppUser user) {
    return UserView.of(user, users.membershipsOf(user.getId()));
  }
}
