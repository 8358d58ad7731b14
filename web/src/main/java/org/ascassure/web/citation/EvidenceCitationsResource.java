package org.ascassure.web.citation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.ascassure.citation.boundary.Citations;
import org.ascassure.evidence.boundary.EvidenceBank;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** An evidence item's back-links: where the council's self-assessments cite it. */
@Path("v1/evidence/{id}/citations")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class EvidenceCitationsResource {

  @Inject Citations citations;

  @Inject EvidenceBank evidence;

  @GET
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(
      summary = "Where an evidence item is cited",
      description = "Every place in the council's current self-assessments that cites the item.")
  public List<Citations.Place> citing(@PathParam("id") long id) {
    return citations.citing(evidence.get(id));
  }
}
