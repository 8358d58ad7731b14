package org.ascassure.web.framework;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.ascassure.framework.boundary.FrameworkCatalogue;
import org.ascassure.framework.boundary.FrameworkVersions;
import org.ascassure.framework.boundary.FrameworkVersions.Details;
import org.ascassure.framework.boundary.FrameworkVersions.StatementText;
import org.ascassure.framework.entity.Framework;
import org.ascassure.framework.entity.FrameworkDifference;
import org.ascassure.web.platform.Inputs;
import org.ascassure.web.platform.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The assessment frameworks. Anyone signed in reads the versions in use and retired; administrators
 * also see drafts, and manage versions: copy one into a draft, edit the draft, publish it, retire a
 * version in use. Every change needs If-Match with the framework's ETag, whichever part it changes.
 */
@Path("v1/frameworks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
public class FrameworksResource {

  /** A new version: a copy of {@code copyOf} under a new code. */
  public record NewVersion(
      String copyOf, String code, String name, String versionLabel, String description) {}

  public record VersionDetails(String name, String versionLabel, String description) {}

  public record Title(String title) {}

  public record Name(String name) {}

  public record StatementInput(
      String title, String description, Boolean scored, List<String> aliases) {
    StatementText text() {
      return new StatementText(title, description, scored, aliases);
    }
  }

  public record NewStatement(
      String theme,
      String code,
      String title,
      String description,
      Boolean scored,
      List<String> aliases) {}

  @Inject FrameworkCatalogue catalogue;

  @Inject FrameworkVersions versions;

  @Context UriInfo uri;

  @GET
  @Operation(
      summary = "The frameworks councils can be assessed against",
      description = "Drafts are listed to administrators only.")
  public List<FrameworkViews.Summary> all() {
    return catalogue.all().stream().map(FrameworkViews.Summary::of).toList();
  }

  @GET
  @Path("{code}")
  @Operation(
      summary = "A whole framework: themes, statements, categories, scale and bands",
      description = "The ETag is what a change to the version or any of its parts must send.")
  public Response one(@PathParam("code") String code) {
    return ok(catalogue.getByCode(code));
  }

  @GET
  @Path("{code}/differences")
  @Operation(
      summary = "What a version says differently from another",
      description =
          "Themes, statements and evidence categories added, taken out or changed (field by"
              + " field), compared with ?from=code, or by default with the version it was copied"
              + " from.")
  public List<FrameworkDifference> differences(
      @PathParam("code") String code, @QueryParam("from") String from) {
    return catalogue.differences(code, from);
  }

  @POST
  @RolesAllowed("ADMIN")
  @Operation(
      summary = "Add a framework version as a draft copy of another",
      description =
          "{\"copyOf\":\"cqc-la-2023\",\"code\":\"cqc-la-2026\",\"name\":…,\"versionLabel\":…}."
              + " The draft has everything the source has; only administrators see it.")
  public Response copy(NewVersion input) {
    Inputs.required(input);
    Framework copy =
        versions.copy(
            input.copyOf(),
            new Details(input.code(), input.name(), input.versionLabel(), input.description()));
    return Response.created(uri.getAbsolutePathBuilder().path(copy.getCode()).build())
        .entity(FrameworkViews.Detail.of(copy))
        .tag(Versions.tag(copy.getVersion()))
        .build();
  }

  @PUT
  @Path("{code}")
  @RolesAllowed("ADMIN")
  @Operation(summary = "Rename a draft version; needs If-Match")
  public Response describe(
      @PathParam("code") String code,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      VersionDetails input) {
    long expected = Versions.fromIfMatch(ifMatch);
    Inputs.required(input);
    return ok(
        versions.describe(
            code,
            expected,
            new Details(code, input.name(), input.versionLabel(), input.description())));
  }

  @DELETE
  @Path("{code}")
  @RolesAllowed("ADMIN")
  @Operation(summary = "Delete a draft version (never one in use or retired); needs If-Match")
  public Response delete(
      @PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    versions.delete(code, Versions.fromIfMatch(ifMatch));
    return Response.noContent().build();
  }

  @POST
  @Path("{code}/publish")
  @RolesAllowed("ADMIN")
  @Operation(
      summary = "Put a draft into use; needs If-Match",
      description = "Refused while a theme has no statements or no statement is scored.")
  public Response publish(
      @PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return ok(versions.publish(code, Versions.fromIfMatch(ifMatch)));
  }

  @POST
  @Path("{code}/retire")
  @RolesAllowed("ADMIN")
  @Operation(
      summary = "Retire a version in use; needs If-Match",
      description =
          "No new self-assessment starts with it; what was done against it stays, and outcomes"
              + " of past assessments can still be recorded against it.")
  public Response retire(
      @PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return ok(versions.retire(code, Versions.fromIfMatch(ifMatch)));
  }

  @PUT
  @Path("{code}/themes/{theme}")
  @RolesAllowed("ADMIN")
  @Operation(summary = "Rename a theme of a draft; needs If-Match with the framework's ETag")
  public Response retitleTheme(
      @PathParam("code") String code,
      @PathParam("theme") String theme,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      Title input) {
    long expected = Versions.fromIfMatch(ifMatch);
    Inputs.required(input);
    return ok(versions.retitleTheme(code, expected, theme, input.title()));
  }

  @PUT
  @Path("{code}/evidence-categories/{category}")
  @RolesAllowed("ADMIN")
  @Operation(
      summary = "Rename an evidence category of a draft; needs If-Match with the framework's ETag")
  public Response renameCategory(
      @PathParam("code") String code,
      @PathParam("category") String category,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      Name input) {
    long expected = Versions.fromIfMatch(ifMatch);
    Inputs.required(input);
    return ok(versions.renameCategory(code, expected, category, input.name()));
  }

  @POST
  @Path("{code}/statements")
  @RolesAllowed("ADMIN")
  @Operation(
      summary = "Add a statement at the end of a draft's theme; needs If-Match",
      description = "{\"theme\":\"LEADERSHIP\",\"code\":\"QS10\",\"title\":…,\"scored\":true}.")
  public Response addStatement(
      @PathParam("code") String code,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      NewStatement input) {
    long expected = Versions.fromIfMatch(ifMatch);
    Inputs.required(input);
    Framework framework =
        versions.addStatement(
            code,
            expected,
            input.theme(),
            input.code(),
            new StatementText(input.title(), input.description(), input.scored(), input.aliases()));
    return Response.created(
            uri.getAbsolutePathBuilder().path(input.code().strip().toUpperCase()).build())
        .entity(FrameworkViews.Detail.of(framework))
        .tag(Versions.tag(framework.getVersion()))
        .build();
  }

  @PUT
  @Path("{code}/statements/{statement}")
  @RolesAllowed("ADMIN")
  @Operation(
      summary = "Change a statement; needs If-Match with the framework's ETag",
      description =
          "In a draft: title, description, scored and aliases. In a version in use only the"
              + " aliases (other names imports recognise) can change; anything else is 409.")
  public Response changeStatement(
      @PathParam("code") String code,
      @PathParam("statement") String statement,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      StatementInput input) {
    long expected = Versions.fromIfMatch(ifMatch);
    Inputs.required(input);
    return ok(versions.changeStatement(code, expected, statement, input.text()));
  }

  @DELETE
  @Path("{code}/statements/{statement}")
  @RolesAllowed("ADMIN")
  @Operation(summary = "Take a statement out of a draft; needs If-Match with the framework's ETag")
  public Response removeStatement(
      @PathParam("code") String code,
      @PathParam("statement") String statement,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return ok(versions.removeStatement(code, Versions.fromIfMatch(ifMatch), statement));
  }

  private static Response ok(Framework framework) {
    return Response.ok(FrameworkViews.Detail.of(framework))
        .tag(Versions.tag(framework.getVersion()))
        .build();
  }
}
