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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ascassure.assessment.boundary.Assessments;
import org.ascassure.assessment.boundary.OutcomeRecord;
import org.ascassure.assessment.entity.Assessment;
import org.ascassure.platform.boundary.FieldError;
import org.ascassure.web.platform.Inputs;
import org.ascassure.web.platform.PageParams;
import org.ascassure.web.platform.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** CQC assessment outcomes of councils: anyone signed in reads; administrators record. */
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class AssessmentsResource {

  /**
   * A published outcome as clients send it. Scores are kept as raw JSON numbers so that "2.5" or
   * "two" gets a message about that score rather than a generic parse error.
   */
  public record OutcomeInput(
      String framework, String publishedOn, Map<String, Object> scores, Object overallGrade) {}

  /** An assessment as clients read it. */
  public record AssessmentView(
      long id,
      long councilId,
      String framework,
      LocalDate publishedOn,
      Map<String, Integer> scores,
      Integer overallPercent,
      Integer overallGrade,
      String rating,
      String ratingLabel,
      List<String> notifiable,
      long version) {
    static AssessmentView of(Assessment a) {
      return new AssessmentView(
          a.getId(),
          a.getCouncil().getId(),
          a.getFramework().getCode(),
          a.getPublishedOn(),
          a.scoresByCode(),
          a.getOverallPercent(),
          a.getOverallGrade(),
          a.getRatingCode(),
          a.getRatingLabel(),
          a.notifiableStatements(),
          a.getVersion());
    }
  }

  @Inject Assessments assessments;

  @Context UriInfo uri;

  @POST
  @Path("councils/{councilId}/assessments")
  @RolesAllowed("ADMIN")
  @Operation(
      summary = "Record a published outcome",
      description =
          "Scores per statement code; the overall percentage, rating and notifiable statements"
              + " are computed by the framework's rules.")
  public Response record(@PathParam("councilId") long councilId, OutcomeInput input) {
    Assessment assessment = assessments.recordOutcome(councilId, outcome(input));
    return Response.created(
            uri.getBaseUriBuilder()
                .path(AssessmentsResource.class)
                .path("assessments/{id}")
                .build(assessment.getId()))
        .tag(Versions.tag(assessment.getVersion()))
        .entity(AssessmentView.of(assessment))
        .build();
  }

  @GET
  @Path("councils/{councilId}/assessments")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "A council's assessments, newest first")
  public Response ofCouncil(@PathParam("councilId") long councilId, @BeanParam PageParams page) {
    return PageParams.ok(assessments.ofCouncil(councilId, page.request()), AssessmentView::of, uri);
  }

  @GET
  @Path("assessments/{id}")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "One assessment with its computed outcome")
  public Response one(@PathParam("id") long id) {
    Assessment assessment = assessments.get(id);
    return Response.ok(AssessmentView.of(assessment))
        .tag(Versions.tag(assessment.getVersion()))
        .build();
  }

  private static OutcomeRecord outcome(OutcomeInput input) {
    Inputs.required(input);
    Inputs check = Inputs.check();
    LocalDate publishedOn = check.date("publishedOn", input.publishedOn());
    Map<String, Integer> scores = new LinkedHashMap<>();
    if (input.scores() != null) {
      input
          .scores()
          .forEach((code, raw) -> scores.put(code, wholeNumber("scores." + code, raw, check)));
    }
    Integer grade =
        input.overallGrade() == null
            ? null
            : wholeNumber("overallGrade", input.overallGrade(), check);
    check.orFail("The outcome cannot be recorded.");
    return new OutcomeRecord(input.framework(), publishedOn, scores, grade);
  }

  private static Integer wholeNumber(String field, Object raw, Inputs check) {
    if (raw instanceof Number number) {
      BigDecimal value = new BigDecimal(number.toString());
      if (value.stripTrailingZeros().scale() <= 0
          && value.abs().compareTo(BigDecimal.valueOf(1000)) < 0) {
        return value.intValue();
      }
    }
    check.add(new FieldError(field, "'" + raw + "' is not a whole number."));
    return null;
  }
}
