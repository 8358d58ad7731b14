package org.ascassure.web.selfassessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.ascassure.citation.boundary.Citations;
import org.ascassure.platform.boundary.InvalidInputException;
import org.ascassure.platform.boundary.StaleVersionException;
import org.ascassure.selfassessment.boundary.Prediction;
import org.ascassure.selfassessment.boundary.SelfAssessments;
import org.ascassure.selfassessment.control.TextDiff;
import org.ascassure.selfassessment.control.VersionChanges;
import org.ascassure.selfassessment.entity.Narrative;
import org.ascassure.selfassessment.entity.NarrativePart;
import org.ascassure.selfassessment.entity.PublishedVersion;
import org.ascassure.selfassessment.entity.SelfAssessment;
import org.ascassure.selfassessment.entity.SelfAssessmentStatus;
import org.ascassure.selfassessment.entity.SelfScore;
import org.ascassure.selfassessment.entity.SignOff;
import org.ascassure.web.platform.Inputs;
import org.ascassure.web.platform.Problems;
import org.ascassure.web.platform.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * One self-assessment and its parts. Everyone at the council reads; leads write narratives and
 * scores (theme leads only theirs); directors endorse and submit. Every change needs If-Match.
 */
@Path("v1/self-assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class SelfAssessmentsResource {

  /** New text of a narrative: HTML, sanitised on arrival. */
  public record NarrativeInput(String html) {}

  /** A proposed score (null withdraws it) and why. */
  public record ScoreInput(Object score, String rationale) {}

  /** Where the self-assessment should go next, and why. */
  public record StatusInput(String status, String note) {}

  /** A stakeholder's comment or an endorsement. */
  public record SignOffInput(
      String kind, String name, String role, String organisation, String givenOn, String comment) {}

  /** A note for a published version. */
  public record VersionInput(String note) {}

  /** Two revisions compared, as runs of unchanged, removed and added text. */
  public record DiffView(
      int from, int to, int wordsAdded, int wordsRemoved, List<TextDiff.Segment> segments) {}

  @Inject SelfAssessments selfAssessments;

  @Inject Citations citations;

  @Context UriInfo uri;

  @GET
  @Path("{id}")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "One self-assessment with the outline of its parts, scores and sign-off")
  public Response one(@PathParam("id") long id) {
    SelfAssessment sa = selfAssessments.get(id);
    return Response.ok(SelfAssessmentViews.Detail.of(sa))
        .tag(Versions.tag(sa.getVersion()))
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR"})
  @Operation(summary = "Rename a self-assessment or change its period; needs If-Match")
  public Response rename(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      CouncilSelfAssessmentsResource.SelfAssessmentInput input) {
    long expected = Versions.fromIfMatch(ifMatch);
    Inputs.required(input);
    SelfAssessment sa =
        selfAssessments.rename(
            id, expected, new SelfAssessments.Details(null, input.title(), input.periodLabel()));
    return Response.ok(SelfAssessmentViews.Detail.of(sa))
        .tag(Versions.tag(sa.getVersion()))
        .build();
  }

  @POST
  @Path("{id}/status")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR"})
  @Operation(
      summary = "Move a self-assessment on its way",
      description =
          "DRAFT → IN_REVIEW (leads), IN_REVIEW → ENDORSED or DRAFT and ENDORSED → SUBMITTED or"
              + " DRAFT (directors). Submitting supersedes the council's previous submission."
              + " Needs If-Match with the self-assessment's ETag.")
  public Response move(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      StatusInput input) {
    long expected = Versions.fromIfMatch(ifMatch);
    Inputs.required(input);
    Inputs check = Inputs.check();
    SelfAssessmentStatus target =
        check.enumValue("status", input.status(), SelfAssessmentStatus.class);
    check.orFail("The status cannot change.");
    SelfAssessment sa = selfAssessments.move(id, expected, target, input.note());
    return Response.ok(SelfAssessmentViews.Detail.of(sa))
        .tag(Versions.tag(sa.getVersion()))
        .build();
  }

  // --- narratives ---------------------------------------------------------------------------

  @GET
  @Path("{id}/narratives/{slot}")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(
      summary = "One part's text",
      description =
          "The slot names the part: ABOUT_THE_COUNCIL, KEY_RISKS, THEME_AMBITION:LEADERSHIP,"
              + " STATEMENT_PERFORMANCE:QS4, PRODUCTION, … as listed by the self-assessment.")
  public Response narrative(@PathParam("id") long id, @PathParam("slot") String slot) {
    return narrativeResponse(selfAssessments.narrative(id, slot));
  }

  @PUT
  @Path("{id}/narratives/{slot}")
  @RolesAllowed({"ADMIN", "LEAD"})
  @Operation(
      summary = "Save a part's text; needs If-Match",
      description =
          "The HTML is sanitised. A stale If-Match gets 412 with the current text in `current`,"
              + " so the client can compare and merge.")
  public Response revise(
      @PathParam("id") long id,
      @PathParam("slot") String slot,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      NarrativeInput input) {
    return save(id, slot, ifMatch, input);
  }

  @GET
  @Path("{id}/narratives/{slot}/revisions")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "Every saved text of a part, newest first")
  public List<SelfAssessmentViews.RevisionView> revisions(
      @PathParam("id") long id, @PathParam("slot") String slot) {
    return selfAssessments.revisions(id, slot).stream()
        .map(SelfAssessmentViews.RevisionView::of)
        .toList();
  }

  @GET
  @Path("{id}/narratives/{slot}/diff")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(
      summary = "Compare two revisions of a part",
      description = "Word by word; revision 0 is the empty start. Defaults: the last two.")
  public DiffView diff(
      @PathParam("id") long id,
      @PathParam("slot") String slot,
      @QueryParam("from") Integer from,
      @QueryParam("to") Integer to) {
    Narrative narrative = selfAssessments.narrative(id, slot);
    int b = to == null ? narrative.getRevisionNumber() : to;
    int a = from == null ? Math.max(0, b - 1) : from;
    List<TextDiff.Segment> segments = selfAssessments.compare(id, narrative.getSlot(), a, b);
    int[] counts = TextDiff.wordsAddedRemoved(segments);
    return new DiffView(a, b, counts[0], counts[1], segments);
  }

  @GET
  @Path("{id}/statements/{code}/narrative")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "A statement's \"what is our performance and how do we know?\"")
  public Response statementNarrative(@PathParam("id") long id, @PathParam("code") String code) {
    return narrativeResponse(selfAssessments.statementNarrative(id, code));
  }

  @PUT
  @Path("{id}/statements/{code}/narrative")
  @RolesAllowed({"ADMIN", "LEAD"})
  @Operation(
      summary = "Save a statement's narrative; needs If-Match (412 carries the current text)")
  public Response reviseStatement(
      @PathParam("id") long id,
      @PathParam("code") String code,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      NarrativeInput input) {
    return save(id, statementSlot(code), ifMatch, input);
  }

  @GET
  @Path("{id}/statements/{code}/narrative/revisions")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "Every saved text of a statement's narrative, newest first")
  public List<SelfAssessmentViews.RevisionView> statementRevisions(
      @PathParam("id") long id, @PathParam("code") String code) {
    return revisions(id, statementSlot(code));
  }

  @PUT
  @Path("{id}/statements/{code}/self-score")
  @RolesAllowed({"ADMIN", "LEAD"})
  @Operation(
      summary = "Propose a score for a statement, with rationale; needs If-Match",
      description = "The score is a whole number on the framework's scale; null withdraws it.")
  public Response score(
      @PathParam("id") long id,
      @PathParam("code") String code,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      ScoreInput input) {
    long expected = Versions.fromIfMatch(ifMatch);
    Inputs.required(input);
    Inputs check = Inputs.check();
    Integer score = null;
    if (input.score() != null) {
      score = check.wholeNumber("score", input.score());
    }
    check.orFail("The self-score cannot be saved.");
    SelfScore saved = selfAssessments.proposeScore(id, code, expected, score, input.rationale());
    return Response.ok(SelfAssessmentViews.ScoreView.of(saved))
        .tag(Versions.tag(saved.getVersion()))
        .build();
  }

  // --- sign-off, versions, prediction, assignments ---------------------------------------------

  @POST
  @Path("{id}/sign-offs")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR"})
  @Operation(summary = "Record a stakeholder's reflective comment or an endorsement (Section C)")
  public Response signOff(@PathParam("id") long id, SignOffInput input) {
    Inputs.required(input);
    Inputs check = Inputs.check();
    SignOff.Kind kind = check.enumValue("kind", input.kind(), SignOff.Kind.class);
    LocalDate givenOn = check.date("givenOn", input.givenOn());
    check.orFail("The sign-off cannot be recorded.");
    SignOff signOff =
        selfAssessments.addSignOff(
            id,
            new SelfAssessments.SignOffDetails(
                kind, input.name(), input.role(), input.organisation(), givenOn, input.comment()));
    return Response.status(Response.Status.CREATED)
        .entity(SelfAssessmentViews.SignOffView.of(signOff))
        .build();
  }

  @POST
  @Path("{id}/versions")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR"})
  @Operation(
      summary = "Publish the next version (v1, v2, …)",
      description = "Freezes the whole self-assessment as it stands; the working draft continues.")
  public Response publish(@PathParam("id") long id, VersionInput input) {
    PublishedVersion version = selfAssessments.publish(id, input == null ? null : input.note());
    return Response.created(
            uri.getAbsolutePathBuilder().path(Integer.toString(version.getNumber())).build())
        .entity(SelfAssessmentViews.VersionView.of(version, false))
        .build();
  }

  @GET
  @Path("{id}/versions")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "The published versions, newest first")
  public List<SelfAssessmentViews.VersionView> versions(@PathParam("id") long id) {
    return selfAssessments.versions(id).stream()
        .map(v -> SelfAssessmentViews.VersionView.of(v, false))
        .toList();
  }

  @GET
  @Path("{id}/versions/{number}")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "One published version with its frozen content")
  public SelfAssessmentViews.VersionView version(
      @PathParam("id") long id, @PathParam("number") int number) {
    return SelfAssessmentViews.VersionView.of(selfAssessments.version(id, number), true);
  }

  @GET
  @Path("{id}/changes")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(
      summary = "What changed between two published versions, or a version and the draft",
      description =
          "Part by part: a word diff of each narrative whose words changed, the changed"
              + " self-scores, and how many parts did not change. from: a version number (1 or"
              + " v1); to: a later version, or draft (the default) for the working draft.")
  public VersionChanges.Changes changes(
      @PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
    if (from == null || from.isBlank()) {
      throw new InvalidInputException("from", "Say which version to compare from, e.g. from=1.");
    }
    Integer later =
        to == null || to.isBlank() || to.strip().equalsIgnoreCase("draft")
            ? null
            : versionNumber("to", to);
    return selfAssessments.changes(id, versionNumber("from", from), later);
  }

  private static int versionNumber(String field, String value) {
    String digits = value.strip().replaceFirst("^[vV]", "");
    try {
      int number = Integer.parseInt(digits);
      if (number > 0) {
        return number;
      }
    } catch (NumberFormatException notANumber) {
      // explained below
    }
    throw new InvalidInputException(
        field,
        "'"
            + value
            + "' is not a version: give its number, e.g. 2 or v2"
            + (field.equals("to") ? ", or draft." : "."));
  }

  @GET
  @Path("{id}/predicted-rating")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(
      summary = "The rating the self-scores predict",
      description =
          "Through the framework's own scoring rules, with each statement beside the council's"
              + " latest published CQC score.")
  public Prediction predictedRating(@PathParam("id") long id) {
    return selfAssessments.predict(id);
  }

  @GET
  @Path("{id}/assignments")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(
      summary = "The parts the caller may write, and which are still empty",
      description = "A theme lead sees the parts of their themes and statements only.")
  public List<SelfAssessmentViews.NarrativeOutline> assignments(
      @PathParam("id") long id, @QueryParam("empty") @DefaultValue("false") boolean onlyEmpty) {
    return selfAssessments.assignments(id).stream()
        .filter(n -> !onlyEmpty || n.isEmpty())
        .map(SelfAssessmentViews.NarrativeOutline::of)
        .toList();
  }

  @GET
  @Path("{id}/citations")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(
      summary = "Citation report",
      description =
          "Every cited evidence reference with the places it is cited; citations that resolve to"
              + " nothing with a suggested reference (D20 → E20); citations of expired, withdrawn,"
              + " draft or rejected evidence; evidence linked to a statement that no narrative"
              + " cites.")
  public Citations.Report citations(@PathParam("id") long id) {
    return citations.report(id);
  }

  @GET
  @Path("{id}/coverage")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(
      summary = "Coverage matrix",
      description =
          "Quality statements × evidence categories: how many items (not withdrawn) support each,"
              + " with each statement's number of citations; cells with none are gaps.")
  public Citations.Coverage coverage(@PathParam("id") long id) {
    return citations.coverage(id);
  }

  // --- helpers ------------------------------------------------------------------------------

  private Response save(long id, String slot, String ifMatch, NarrativeInput input) {
    long expected = Versions.fromIfMatch(ifMatch);
    Inputs.required(input);
    try {
      return narrativeResponse(
          selfAssessments.revise(id, slot, expected, input.html() == null ? "" : input.html()));
    } catch (StaleVersionException stale) {
      Narrative current = selfAssessments.narrative(id, slot);
      return Problems.stale(
          stale.getMessage()
              + " Your text was not saved: compare it with the current text below and merge.",
          current.getVersion(),
          SelfAssessmentViews.NarrativeView.of(current));
    }
  }

  private static Response narrativeResponse(Narrative narrative) {
    return Response.ok(SelfAssessmentViews.NarrativeView.of(narrative))
        .tag(Versions.tag(narrative.getVersion()))
        .build();
  }

  private static String statementSlot(String code) {
    return NarrativePart.STATEMENT_PERFORMANCE.slot(
        code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT));
  }
}
