package org.ascassure.web.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.time.LocalDate;
import org.ascassure.assessment.boundary.AssessmentLifecycle;
import org.ascassure.assessment.boundary.Assessments;
import org.ascassure.assessment.boundary.MilestoneRecord;
import org.ascassure.assessment.entity.Assessment;
import org.ascassure.assessment.entity.Finding;
import org.ascassure.assessment.entity.FindingKind;
import org.ascassure.assessment.entity.Milestone;
import org.ascassure.assessment.entity.MilestoneKind;
import org.ascassure.platform.boundary.NotFoundException;
import org.ascassure.web.assessment.LifecycleViews.FindingView;
import org.ascassure.web.assessment.LifecycleViews.FollowUpView;
import org.ascassure.web.assessment.LifecycleViews.MilestoneView;
import org.ascassure.web.assessment.LifecycleViews.TimelineView;
import org.ascassure.web.platform.Inputs;
import org.ascassure.web.platform.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * One assessment by its id, with its timeline, findings and follow-up deadlines: members of the
 * council read; directors and administrators record milestones and findings.
 */
@Path("v1/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class AssessmentsResource {

  @Inject Assessments assessments;

  @GET
  @Path("{id}")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "One assessment with its computed outcome")
  public Response one(@PathParam("id") long id) {
    Assessment assessment = assessments.get(id);
    return Response.ok(AssessmentView.of(assessment))
        .tag(Versions.tag(assessment.getVersion()))
        .build();
  }

  /** A milestone as clients send it; dates as 2025-09-17. */
  public record MilestoneInput(
      String kind, String plannedOn, String actualOn, Integer caseCount, String note) {}

  /** A finding as clients send it. */
  public record FindingInput(String statement, String kind, String text) {}

  @Inject AssessmentLifecycle lifecycle;

  @Context UriInfo uri;

  @GET
  @Path("{id}/milestones")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "The assessment's timeline: milestones in order and what is due next")
  public TimelineView milestones(@PathParam("id") long id) {
    return new TimelineView(
        lifecycle.milestones(id).stream().map(MilestoneView::of).toList(),
        lifecycle.nextDue(id, LocalDate.now(java.time.ZoneId.of("Europe/London"))).orElse(null));
  }

  @POST
  @Path("{id}/milestones")
  @RolesAllowed({"ADMIN", "DIRECTOR"})
  @Operation(summary = "Record a milestone not recorded yet (one of each kind)")
  public Response addMilestone(@PathParam("id") long id, MilestoneInput input) {
    Milestone milestone = lifecycle.recordMilestone(id, record(input, null), null);
    return Response.created(uri.getAbsolutePathBuilder().path(milestone.getKind().name()).build())
        .tag(Versions.tag(milestone.getVersion()))
        .entity(MilestoneView.of(milestone))
        .build();
  }

  @PUT
  @Path("{id}/milestones/{kind}")
  @RolesAllowed({"ADMIN", "DIRECTOR"})
  @Operation(summary = "Change a recorded milestone; needs If-Match with its version")
  public Response changeMilestone(
      @PathParam("id") long id,
      @PathParam("kind") String kind,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      MilestoneInput input) {
    long expected = Versions.fromIfMatch(ifMatch);
    Milestone milestone = lifecycle.recordMilestone(id, record(input, kind), expected);
    return Response.ok(MilestoneView.of(milestone))
        .tag(Versions.tag(milestone.getVersion()))
        .build();
  }

  @GET
  @Path("{id}/findings")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "Strengths and areas for improvement per quality statement")
  public java.util.List<FindingView> findings(@PathParam("id") long id) {
    return lifecycle.findings(id).stream().map(FindingView::of).toList();
  }

  @POST
  @Path("{id}/findings")
  @RolesAllowed({"ADMIN", "DIRECTOR"})
  @Operation(summary = "Record a finding of the published report for one statement")
  public Response addFinding(@PathParam("id") long id, FindingInput input) {
    Inputs.required(input);
    Inputs check = Inputs.check();
    FindingKind kind = check.enumValue("kind", input.kind(), FindingKind.class);
    check.orFail("The finding cannot be recorded.");
    Finding finding = lifecycle.addFinding(id, input.statement(), kind, input.text());
    return Response.created(uri.getAbsolutePathBuilder().path(finding.getId().toString()).build())
        .tag(Versions.tag(finding.getVersion()))
        .entity(FindingView.of(finding))
        .build();
  }

  @PUT
  @Path("{id}/findings/{findingId}")
  @RolesAllowed({"ADMIN", "DIRECTOR"})
  @Operation(
      summary = "Correct a finding: its statement, kind or text; needs If-Match with its version",
      description =
          "The ETag comes with the finding when it is recorded, and each finding in the list"
              + " carries its version.")
  public Response changeFinding(
      @PathParam("id") long id,
      @PathParam("findingId") long findingId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      FindingInput input) {
    findingOf(id, findingId);
    long expected = Versions.fromIfMatch(ifMatch);
    Inputs.required(input);
    Inputs check = Inputs.check();
    FindingKind kind = check.enumValue("kind", input.kind(), FindingKind.class);
    check.orFail("The finding cannot be changed.");
    Finding finding =
        lifecycle.changeFinding(findingId, expected, input.statement(), kind, input.text());
    return Response.ok(FindingView.of(finding)).tag(Versions.tag(finding.getVersion())).build();
  }

  @DELETE
  @Path("{id}/findings/{findingId}")
  @RolesAllowed({"ADMIN", "DIRECTOR"})
  @Operation(
      summary = "Delete a finding recorded by mistake",
      description =
          "Refused (409) while an improvement action answers the finding: unlink it from the"
              + " action first.")
  public Response removeFinding(@PathParam("id") long id, @PathParam("findingId") long findingId) {
    findingOf(id, findingId);
    lifecycle.removeFinding(findingId);
    return Response.noContent().build();
  }

  /** The finding, if it is one of this assessment's and the caller may read it. */
  private Finding findingOf(long assessmentId, long findingId) {
    Finding finding = lifecycle.getFinding(findingId);
    if (finding.getAssessment().getId() != assessmentId) {
      throw new NotFoundException("Finding", findingId);
    }
    return finding;
  }

  @GET
  @Path("{id}/deadlines")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(
      summary = "Follow-up deadlines computed from the publication date",
      description =
          "Stage 1 response, stage 2 review and quarterly DHSC updates for Requires improvement or"
              + " Inadequate, by the deadline rules; statements scored 1 are notified to the"
              + " Secretary of State.")
  public FollowUpView deadlines(@PathParam("id") long id) {
    return FollowUpView.of(lifecycle.followUp(id));
  }

  private static MilestoneRecord record(MilestoneInput input, String kindInPath) {
    Inputs.required(input);
    Inputs check = Inputs.check();
    MilestoneKind kind =
        check.enumValue(
            "kind", kindInPath != null ? kindInPath : input.kind(), MilestoneKind.class);
    LocalDate planned = check.date("plannedOn", input.plannedOn());
    LocalDate actual = check.date("actualOn", input.actualOn());
    check.orFail("The milestone cannot be recorded.");
    return new MilestoneRecord(kind, planned, actual, input.caseCount(), input.note());
  }
}
