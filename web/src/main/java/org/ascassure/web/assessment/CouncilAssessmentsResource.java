package org.ascassure.web.assessment;

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
import java.util.LinkedHashMap;
import java.util.Map;
import org.ascassure.assessment.boundary.Assessments;
import org.ascassure.assessment.boundary.OutcomeRecord;
import org.ascassure.assessment.entity.Assessment;
import org.ascassure.web.platform.Inputs;
import org.ascassure.web.platform.PageParams;
import org.ascassure.web.platform.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A council's CQC assessment outcomes: anyone signed in reads; administrators record. */
@Path("v1/councils/{councilId}/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class CouncilAssessmentsResource {

  /**
   * A published outcome as clients send it. Scores are kept as raw JSON numbers so that "2.5" or
   * "two" gets a message about that score rather than a generic parse error.
   */
  public record OutcomeInput(
      String framework, String publishedOn, Map<String, Object> scores, Object overallGrade) {}

  @Inject Assessments assessments;

  @Context UriInfo uri;

  @POST
  @RolesAllowed("ADMIN")
  @Operation(
      summary = "Record a published outcome",
      description =
          "Scores per statement code; the overall percentage, rating and notifiable statements"
              + " are computed by the framework's rules.")
  public Response record(@PathParam("councilId") long councilId, OutcomeInput input) {
    Inputs check = Inputs.check();
    OutcomeRecord outcome = outcome(input, check);
    if (check.hasErrors()) {
      // report what the domain finds too, so a client fixes everything in one go
      assessments.problemsWith(outcome).forEach(check::addUnlessReported);
      check.orFail("The outcome cannot be recorded.");
    }
    Assessment assessment = assessments.recordOutcome(councilId, outcome);
    return Response.created(
            uri.getBaseUriBuilder()
                .path(AssessmentsResource.class)
                .path(assessment.getId().toString())
                .build())
        .tag(Versions.tag(assessment.getVersion()))
        .entity(AssessmentView.of(assessment))
        .build();
  }

  @GET
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "A council's assessments, newest first")
  public Response ofCouncil(@PathParam("councilId") long councilId, @BeanParam PageParams page) {
    return PageParams.ok(assessments.ofCouncil(councilId, page.request()), AssessmentView::of, uri);
  }

  private static OutcomeRecord outcome(OutcomeInput input, Inputs check) {
    Inputs.required(input);
    LocalDate publishedOn = check.date("publishedOn", input.publishedOn());
    Map<String, Integer> scores = new LinkedHashMap<>();
    if (input.scores() != null) {
      input
          .scores()
          .forEach((code, raw) -> scores.put(code, check.wholeNumber("scores." + code, raw)));
    }
    Integer grade =
        input.overallGrade() == null
            ? null
            : check.wholeNumber("overallGrade", input.overallGrade());
    return new OutcomeRecord(input.framework(), publishedOn, scores, grade);
  }
}
