package org.ascassure.web.user;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ascassure.security.boundary.Access;
import org.ascassure.security.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The caller: who they are and where they may work. */
@Path("v1/me")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class MeResource {

  /** One council and the caller's roles there. */
  public record CouncilRoles(long councilId, List<String> roles) {}

  public record Me(String username, boolean administrator, List<CouncilRoles> councils) {}

  @Inject Access access;

  @GET
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "The signed-in caller and their council roles")
  public Me me() {
    Access.Caller caller = access.caller();
    return new Me(
        caller.name(),
        caller.admin(),
        caller.councils().entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> new CouncilRoles(e.getKey(), names(e.getValue())))
            .toList());
  }

  private static List<String> names(Set<Role> roles) {
    return roles.stream().map(Enum::name).sorted().toList();
  }
}
