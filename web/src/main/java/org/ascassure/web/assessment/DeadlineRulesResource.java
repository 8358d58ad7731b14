package org.ascassure.web.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.ascassure.assessment.boundary.AssessmentLifecycle;
import org.ascassure.assessment.entity.DeadlineRule;
import org.ascassure.platform.boundary.FieldError;
import org.ascassure.web.assessment.LifecycleViews.DeadlineRuleView;
import org.ascassure.web.platform.Inputs;
import org.ascassure.web.platform.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The rules follow-up deadlines are computed by: anyone signed in reads; administrators change. */
@Path("v1/deadline-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class DeadlineRulesResource {

  /** A rule as clients send it: offset in DAYS or MONTHS after publication. */
  public record RuleInput(
      String label,
      List<String> ratings,
      Integer offset,
      String unit,
      Integer repeatEveryMonths,
      Integer occurrences) {}

  @Inject AssessmentLifecycle lifecycle;

  @GET
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "The follow-up deadline rules in order")
  public List<DeadlineRuleView> list() {
    return lifecycle.deadlineRules().stream().map(DeadlineRuleView::of).toList();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "One deadline rule; the ETag is what a change must send as If-Match")
  public Response one(@PathParam("id") long id) {
    DeadlineRule rule = lifecycle.deadlineRule(id);
    return Response.ok(DeadlineRuleView.of(rule)).tag(Versions.tag(rule.getVersion())).build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed("ADMIN")
  @Operation(summary = "Change a deadline rule; needs If-Match with the ETag read")
  public Response change(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      RuleInput input) {
    long expected = Versions.fromIfMatch(ifMatch);
    Inputs.required(input);
    Inputs check = Inputs.check();
    if (input.offset() == null) {
      check.add(new FieldError("offset", "The offset is required."));
    }
    check.orFail("The deadline rule cannot be changed.");
    DeadlineRule rule =
        lifecycle.changeDeadlineRule(
            id,
            expected,
            input.label(),
            input.ratings(),
            input.offset(),
            input.unit(),
            input.repeatEveryMonths(),
            input.occurrences() == null ? 1 : input.occurrences());
    return Response.ok(DeadlineRuleView.of(rule)).tag(Versions.tag(rule.getVersion())).build();
  }
}
