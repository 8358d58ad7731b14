package org.ascassure.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.ascassure.it.Api;
import org.ascassure.it.AscAssureServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every endpoint of the API, as the OpenAPI document lists them, for every role and for the
 * caller's own council and another council: the status each must answer. An endpoint without a rule
 * here fails the test, so no endpoint ships without a decision about who may call it.
 */
@ExtendWith(AscAssureServer.class)
class AccessMatrixIT {

  enum Caller {
    ADMIN,
    LEAD,
    DIRECTOR,
    AUDITOR,
    ANONYMOUS
  }

  enum Council {
    OWN,
    OTHER
  }

  /** A concrete request for the caller's own or another council. */
  record Call(String method, String path, String body, String ifMatch) {}

  /** How to call one endpoint, and what each caller must get. */
  record Rule(Function<Council, Call> call, Function<Caller, Function<Council, Integer>> expect) {}

  private static long own;
  private static long other;
  private static long ownOutcome;
  private static long otherOutcome;
  private static long leadId;
  private static long ownSa;
  private static long otherSa;
  private static long ownQuery;
  private static long otherQuery;
  private static final List<String> checked = new ArrayList<>();

  private static final String OUTCOME =
      "{\"framework\":\"cqc-la-2023\",\"publishedOn\":\"2025-02-01\",\"scores\":{\"QS1\":3}}";

  @BeforeAll
  static void twoCouncils() {
    own = Api.newCouncil("Matrix Own Council");
    other = Api.newCouncilWithoutMembers("Matrix Other Council");
    ownOutcome = idOf(Api.asAdmin().post("api/v1/councils/" + own + "/assessments", OUTCOME));
    otherOutcome = idOf(Api.asAdmin().post("api/v1/councils/" + other + "/assessments", OUTCOME));
    leadId = Api.userId(Api.LEAD);
    ownSa = newSelfAssessment(own);
    otherSa = newSelfAssessment(other);
    Api.asAdmin().post("api/v1/self-assessments/" + ownSa + "/versions", "{}");
    Api.asAdmin().post("api/v1/self-assessments/" + otherSa + "/versions", "{}");
    ownQuery = newQuery(ownSa);
    otherQuery = newQuery(otherSa);
  }

  private static long newQuery(long selfAssessment) {
    return idOf(
        Api.asAdmin()
            .post(
                "api/v1/self-assessments/" + selfAssessment + "/narratives/KEY_RISKS/reviews",
                "{\"verdict\":\"QUERIED\",\"text\":\"Matrix question\"}"));
  }

  private static long query(Council which) {
    return which == Council.OWN ? ownQuery : otherQuery;
  }

  private static long newSelfAssessment(long council) {
    return idOf(
        Api.asAdmin()
            .post(
                "api/v1/councils/" + council + "/self-assessments",
                "{\"title\":\"Matrix self-assessment\",\"periodLabel\":\"2025/26\"}"));
  }

  private static long sa(Council which) {
    return which == Council.OWN ? ownSa : otherSa;
  }

  /** Counts changes, so each accepted change really changes something (and is recorded). */
  private static int changes;

  /**
   * {@code current} with its text {@code field} marked, or unmarked if it was: a real change each
   * time, and two accepted changes leave shared data (such as a deadline rule) as it was.
   */
  private static String toggled(JsonObject current, String field) {
    String marker = " (matrix)";
    String value = current.getString(field);
    return Json.createObjectBuilder(current)
        .add(
            field,
            value.endsWith(marker)
                ? value.substring(0, value.length() - marker.length())
                : value + marker)
        .build()
        .toString();
  }

  /** A change with If-Match carrying the ETag an administrator reads at {@code readPath}. */
  private static Call change(String method, String readPath, String path, String body) {
    return new Call(method, path, body, Api.asAdmin().get("api/" + readPath).header("ETag"));
  }

  private static long idOf(Api.Reply reply) {
    return reply.object().getJsonNumber("id").longValue();
  }

  private static long council(Council which) {
    return which == Council.OWN ? own : other;
  }

  // --- what callers may expect -------------------------------------------------------------

  /** Anyone signed in: 200; nobody: 401. */
  private static Function<Caller, Function<Council, Integer>> anyone(int ok) {
    return caller -> council -> caller == Caller.ANONYMOUS ? 401 : ok;
  }

  /** Administrators anywhere, members at their own council; others' councils do not exist. */
  private static Function<Caller, Function<Council, Integer>> members(int ok) {
    return caller ->
        council ->
            switch (caller) {
              case ANONYMOUS -> 401;
              case ADMIN -> ok;
              default -> council == Council.OWN ? ok : 404;
            };
  }

  /** Only administrators. */
  private static Function<Caller, Function<Council, Integer>> admins(int ok) {
    return caller ->
        council ->
            switch (caller) {
              case ANONYMOUS -> 401;
              case ADMIN -> ok;
              default -> 403;
            };
  }

  /**
   * Administrators anywhere; members holding one of {@code roles} at their own council (others'
   * councils do not exist for them); other roles are refused whatever the council.
   */
  private static Function<Caller, Function<Council, Integer>> writers(int ok, Caller... roles) {
    List<Caller> allowed = List.of(roles);
    return caller ->
        council -> {
          if (caller == Caller.ANONYMOUS) {
            return 401;
          }
          if (caller == Caller.ADMIN) {
            return ok;
          }
          if (!allowed.contains(caller)) {
            return 403;
          }
          return council == Council.OWN ? ok : 404;
        };
  }

  /** Administrators and auditors. */
  private static Function<Caller, Function<Council, Integer>> auditors(int ok) {
    return caller ->
        council ->
            switch (caller) {
              case ANONYMOUS -> 401;
              case ADMIN, AUDITOR -> ok;
              default -> 403;
            };
  }

  // --- the rules: one per operation of the API ---------------------------------------------

  private static Map<String, Rule> rules() {
    Map<String, Rule> rules = new LinkedHashMap<>();
    rules.put(
        "GET /v1/frameworks",
        new Rule(c -> new Call("GET", "v1/frameworks", null, null), anyone(200)));
    rules.put(
        "GET /v1/frameworks/{code}",
        new Rule(c -> new Call("GET", "v1/frameworks/cqc-la-2023", null, null), anyone(200)));
    rules.put(
        "GET /v1/frameworks/{code}/differences",
        new Rule(
            c ->
                new Call(
                    "GET", "v1/frameworks/cqc-la-2023/differences?from=cqc-apa-2009", null, null),
            anyone(200)));
    rules.put(
        "POST /v1/frameworks",
        new Rule(
            c ->
                new Call(
                    "POST",
                    "v1/frameworks",
                    FrameworkFixture.copyBody(
                        FrameworkFixture.uniqueCode("matrix"), "Matrix framework copy"),
                    null),
            admins(201)));
    rules.put(
        "PUT /v1/frameworks/{code}",
        new Rule(
            c -> {
              String code = draft("describe");
              JsonObject current = FrameworkFixture.read(code);
              return new Call(
                  "PUT",
                  "v1/frameworks/" + code,
                  toggled(
                      Json.createObjectBuilder()
                          .add("name", current.getString("name"))
                          .add("versionLabel", current.getString("versionLabel"))
                          .build(),
                      "name"),
                  FrameworkFixture.etag(code));
            },
            admins(200)));
    rules.put(
        "DELETE /v1/frameworks/{code}",
        new Rule(
            c -> {
              String code = draft("delete");
              return new Call("DELETE", "v1/frameworks/" + code, null, FrameworkFixture.etag(code));
            },
            admins(204)));
    rules.put(
        "POST /v1/frameworks/{code}/publish",
        new Rule(
            c -> {
              String code = draft("publish");
              return new Call(
                  "POST", "v1/frameworks/" + code + "/publish", "", FrameworkFixture.etag(code));
            },
            admins(200)));
    rules.put(
        "POST /v1/frameworks/{code}/retire",
        new Rule(
            c -> {
              String code = active("retire");
              return new Call(
                  "POST", "v1/frameworks/" + code + "/retire", "", FrameworkFixture.etag(code));
            },
            admins(200)));
    rules.put(
        "PUT /v1/frameworks/{code}/themes/{theme}",
        new Rule(
            c -> {
              String code = draft("theme");
              JsonObject leadership =
                  FrameworkFixture.read(code).getJsonArray("themes").getJsonObject(3);
              return new Call(
                  "PUT",
                  "v1/frameworks/" + code + "/themes/LEADERSHIP",
                  toggled(leadership, "title"),
                  FrameworkFixture.etag(code));
            },
            admins(200)));
    rules.put(
        "PUT /v1/frameworks/{code}/evidence-categories/{category}",
        new Rule(
            c -> {
              String code = draft("category");
              JsonObject processes =
                  FrameworkFixture.read(code).getJsonArray("evidenceCategories").getJsonObject(3);
              return new Call(
                  "PUT",
                  "v1/frameworks/" + code + "/evidence-categories/" + processes.getString("code"),
                  toggled(processes, "name"),
                  FrameworkFixture.etag(code));
            },
            admins(200)));
    rules.put(
        "POST /v1/frameworks/{code}/statements",
        new Rule(
            c -> {
              String code = draft("add-statement");
              return new Call(
                  "POST",
                  "v1/frameworks/" + code + "/statements",
                  "{\"theme\":\"LEADERSHIP\",\"code\":\"QS"
                      + (10 + ++changes)
                      + "\",\"title\":\"Matrix statement\",\"scored\":true}",
                  FrameworkFixture.etag(code));
            },
            admins(201)));
    rules.put(
        "PUT /v1/frameworks/{code}/statements/{statement}",
        new Rule(
            c -> {
              String code = draft("statement");
              JsonObject qs1 =
                  FrameworkFixture.read(code)
                      .getJsonArray("themes")
                      .getJsonObject(0)
                      .getJsonArray("qualityStatements")
                      .getJsonObject(0);
              return new Call(
                  "PUT",
                  "v1/frameworks/" + code + "/statements/QS1",
                  toggled(qs1, "title"),
                  FrameworkFixture.etag(code));
            },
            admins(200)));
    rules.put(
        "DELETE /v1/frameworks/{code}/statements/{statement}",
        new Rule(
            c -> {
              String code = draft("remove-statement");
              List<String> statements =
                  FrameworkFixture.read(code).getJsonArray("themes").stream()
                      .flatMap(t -> t.asJsonObject().getJsonArray("qualityStatements").stream())
                      .map(s -> s.asJsonObject().getString("code"))
                      .toList();
              String last = statements.get(statements.size() - 1);
              return new Call(
                  "DELETE",
                  "v1/frameworks/" + code + "/statements/" + last,
                  null,
                  FrameworkFixture.etag(code));
            },
            admins(200)));
    rules.put("GET /v1/me", new Rule(c -> new Call("GET", "v1/me", null, null), anyone(200)));
    rules.put(
        "GET /v1/councils", new Rule(c -> new Call("GET", "v1/councils", null, null), anyone(200)));
    rules.put(
        "POST /v1/councils",
        new Rule(
            c ->
                new Call(
                    "POST",
                    "v1/councils",
                    "{\"name\":\"Matrix New Council\",\"onsCode\":\""
                        + Api.uniqueOnsCode()
                        + "\",\"type\":\"UNITARY_AUTHORITY\",\"region\":\"LONDON\"}",
                    null),
            admins(201)));
    rules.put(
        "GET /v1/councils/{id}",
        new Rule(c -> new Call("GET", "v1/councils/" + council(c), null, null), members(200)));
    rules.put(
        "PUT /v1/councils/{id}",
        new Rule(
            c -> {
              Api.Reply current = Api.asAdmin().get("api/v1/councils/" + council(c));
              return new Call(
                  "PUT",
                  "v1/councils/" + council(c),
                  toggled(current.object(), "name"),
                  current.header("ETag"));
            },
            admins(200)));
    rules.put(
        "GET /v1/councils/{councilId}/assessments",
        new Rule(
            c -> new Call("GET", "v1/councils/" + council(c) + "/assessments", null, null),
            members(200)));
    rules.put(
        "POST /v1/councils/{councilId}/assessments",
        new Rule(
            c -> new Call("POST", "v1/councils/" + council(c) + "/assessments", OUTCOME, null),
            admins(201)));
    rules.put(
        "GET /v1/assessments/{id}",
        new Rule(
            c ->
                new Call(
                    "GET",
                    "v1/assessments/" + (c == Council.OWN ? ownOutcome : otherOutcome),
                    null,
                    null),
            members(200)));
    rules.put(
        "GET /v1/audit",
        new Rule(
            c -> new Call("GET", "v1/audit?council=" + council(c), null, null), auditors(200)));
    rules.put(
        "GET /v1/audit/export",
        new Rule(
            c -> new Call("GET", "v1/audit/export?council=" + council(c), null, null),
            auditors(200)));
    rules.put(
        "GET /v1/audit/verification",
        new Rule(c -> new Call("GET", "v1/audit/verification", null, null), auditors(200)));
    rules.put("GET /v1/users", new Rule(c -> new Call("GET", "v1/users", null, null), admins(200)));
    rules.put(
        "POST /v1/users",
        new Rule(
            c ->
                new Call(
                    "POST",
                    "v1/users",
                    "{\"username\":\"matrix."
                        + System.nanoTime()
                        + "\",\"displayName\":\"Matrix\",\"password\":\"Matrix-password-77\","
                        + "\"roles\":[\"LEAD\"]}",
                    null),
            admins(201)));
    rules.put(
        "GET /v1/users/{id}",
        new Rule(c -> new Call("GET", "v1/users/" + leadId, null, null), admins(200)));
    rules.put(
        "POST /v1/users/{id}/memberships",
        new Rule(
            c ->
                new Call(
                    "POST",
                    "v1/users/" + leadId + "/memberships",
                    "{\"councilId\":"
                        + Api.newCouncilWithoutMembers("Matrix Joined Council")
                        + ",\"role\":\"DIRECTOR\"}",
                    null),
            admins(201)));
    rules.put(
        "DELETE /v1/users/{id}/memberships/{membershipId}",
        new Rule(
            c -> {
              // a user of its own: a refused delete must not leave the demo lead an auditor
              long leaver =
                  Api.newUser(
                      "matrix.leaver" + System.nanoTime() % 1_000_000, "Matrix-pass-77", "LEAD");
              long joined = Api.newCouncilWithoutMembers("Matrix Left Council");
              long membership =
                  idOf(
                      Api.asAdmin()
                          .post(
                              "api/v1/users/" + leaver + "/memberships",
                              "{\"councilId\":" + joined + ",\"role\":\"AUDITOR\"}"));
              return new Call(
                  "DELETE", "v1/users/" + leaver + "/memberships/" + membership, null, null);
            },
            admins(204)));

    // --- self-assessments -----------------------------------------------------------------
    rules.put(
        "POST /v1/councils/{councilId}/self-assessments",
        new Rule(
            c ->
                new Call(
                    "POST",
                    "v1/councils/" + council(c) + "/self-assessments",
                    "{\"title\":\"Matrix\",\"periodLabel\":\"2026/27\"}",
                    null),
            writers(201, Caller.LEAD, Caller.DIRECTOR)));
    rules.put(
        "GET /v1/councils/{councilId}/self-assessments",
        new Rule(
            c -> new Call("GET", "v1/councils/" + council(c) + "/self-assessments", null, null),
            members(200)));
    rules.put(
        "GET /v1/self-assessments/{id}",
        new Rule(c -> new Call("GET", "v1/self-assessments/" + sa(c), null, null), members(200)));
    rules.put(
        "PUT /v1/self-assessments/{id}",
        new Rule(
            c ->
                change(
                    "PUT",
                    "v1/self-assessments/" + sa(c),
                    "v1/self-assessments/" + sa(c),
                    "{\"title\":\"Matrix self-assessment "
                        + ++changes
                        + "\",\"periodLabel\":\"2025/26\"}"),
            writers(200, Caller.LEAD, Caller.DIRECTOR)));
    rules.put(
        "POST /v1/self-assessments/{id}/status",
        new Rule(
            c -> {
              long fresh = newSelfAssessment(council(c));
              return change(
                  "POST",
                  "v1/self-assessments/" + fresh,
                  "v1/self-assessments/" + fresh + "/status",
                  "{\"status\":\"IN_REVIEW\"}");
            },
            writers(200, Caller.LEAD, Caller.DIRECTOR)));
    String slot = "/narratives/KEY_STRENGTHS";
    String statement = "/statements/QS1/narrative";
    String html = "{\"html\":\"<p>Matrix text</p>\"}";
    rules.put(
        "GET /v1/self-assessments/{id}/narratives/{slot}",
        new Rule(
            c -> new Call("GET", "v1/self-assessments/" + sa(c) + slot, null, null), members(200)));
    rules.put(
        "PUT /v1/self-assessments/{id}/narratives/{slot}",
        new Rule(
            c ->
                change(
                    "PUT",
                    "v1/self-assessments/" + sa(c) + slot,
                    "v1/self-assessments/" + sa(c) + slot,
                    html),
            writers(200, Caller.LEAD)));
    rules.put(
        "GET /v1/self-assessments/{id}/narratives/{slot}/revisions",
        new Rule(
            c -> new Call("GET", "v1/self-assessments/" + sa(c) + slot + "/revisions", null, null),
            members(200)));
    rules.put(
        "GET /v1/self-assessments/{id}/narratives/{slot}/diff",
        new Rule(
            c -> new Call("GET", "v1/self-assessments/" + sa(c) + slot + "/diff", null, null),
            members(200)));
    rules.put(
        "GET /v1/self-assessments/{id}/statements/{code}/narrative",
        new Rule(
            c -> new Call("GET", "v1/self-assessments/" + sa(c) + statement, null, null),
            members(200)));
    rules.put(
        "PUT /v1/self-assessments/{id}/statements/{code}/narrative",
        new Rule(
            c ->
                change(
                    "PUT",
                    "v1/self-assessments/" + sa(c) + statement,
                    "v1/self-assessments/" + sa(c) + statement,
                    html),
            writers(200, Caller.LEAD)));
    rules.put(
        "GET /v1/self-assessments/{id}/statements/{code}/narrative/revisions",
        new Rule(
            c ->
                new Call(
                    "GET", "v1/self-assessments/" + sa(c) + statement + "/revisions", null, null),
            members(200)));
    rules.put(
        "PUT /v1/self-assessments/{id}/statements/{code}/self-score",
        new Rule(
            c -> {
              String version =
                  Api.asAdmin()
                      .get("api/v1/self-assessments/" + sa(c))
                      .object()
                      .getJsonArray("scores")
                      .getJsonObject(0)
                      .getJsonNumber("version")
                      .toString();
              return new Call(
                  "PUT",
                  "v1/self-assessments/" + sa(c) + "/statements/QS1/self-score",
                  "{\"score\":2,\"rationale\":\"Matrix\"}",
                  "\"" + version + "\"");
            },
            writers(200, Caller.LEAD)));
    rules.put(
        "POST /v1/self-assessments/{id}/sign-offs",
        new Rule(
            c ->
                new Call(
                    "POST",
                    "v1/self-assessments/" + sa(c) + "/sign-offs",
                    "{\"kind\":\"STAKEHOLDER_COMMENT\",\"name\":\"Matrix Partner\","
                        + "\"givenOn\":\"2026-01-05\",\"comment\":\"Fair account\"}",
                    null),
            writers(201, Caller.LEAD, Caller.DIRECTOR)));
    rules.put(
        "POST /v1/self-assessments/{id}/versions",
        new Rule(
            c -> new Call("POST", "v1/self-assessments/" + sa(c) + "/versions", "{}", null),
            writers(201, Caller.LEAD, Caller.DIRECTOR)));
    rules.put(
        "GET /v1/self-assessments/{id}/versions",
        new Rule(
            c -> new Call("GET", "v1/self-assessments/" + sa(c) + "/versions", null, null),
            members(200)));
    rules.put(
        "GET /v1/self-assessments/{id}/versions/{number}",
        new Rule(
            c -> new Call("GET", "v1/self-assessments/" + sa(c) + "/versions/1", null, null),
            members(200)));
    rules.put(
        "GET /v1/self-assessments/{id}/changes",
        new Rule(
            c ->
                new Call(
                    "GET", "v1/self-assessments/" + sa(c) + "/changes?from=1&to=draft", null, null),
            members(200)));
    rules.put(
        "GET /v1/self-assessments/{id}/predicted-rating",
        new Rule(
            c -> new Call("GET", "v1/self-assessments/" + sa(c) + "/predicted-rating", null, null),
            members(200)));
    rules.put(
        "GET /v1/self-assessments/{id}/assignments",
        new Rule(
            c -> new Call("GET", "v1/self-assessments/" + sa(c) + "/assignments", null, null),
            members(200)));

    // --- citations and reviews ------------------------------------------------------------
    rules.put(
        "GET /v1/self-assessments/{id}/citations",
        new Rule(
            c -> new Call("GET", "v1/self-assessments/" + sa(c) + "/citations", null, null),
            members(200)));
    rules.put(
        "GET /v1/self-assessments/{id}/coverage",
        new Rule(
            c -> new Call("GET", "v1/self-assessments/" + sa(c) + "/coverage", null, null),
            members(200)));
    String reviews = "/narratives/KEY_RISKS/reviews";
    rules.put(
        "POST /v1/self-assessments/{id}/narratives/{slot}/reviews",
        new Rule(
            c ->
                new Call(
                    "POST",
                    "v1/self-assessments/" + sa(c) + reviews,
                    "{\"verdict\":\"ACCEPTED\"}",
                    null),
            writers(201, Caller.AUDITOR)));
    rules.put(
        "GET /v1/self-assessments/{id}/narratives/{slot}/reviews",
        new Rule(
            c -> new Call("GET", "v1/self-assessments/" + sa(c) + reviews, null, null),
            members(200)));
    rules.put(
        "GET /v1/reviews/{id}",
        new Rule(c -> new Call("GET", "v1/reviews/" + query(c), null, null), members(200)));
    rules.put(
        "POST /v1/reviews/{id}/replies",
        new Rule(
            c ->
                new Call(
                    "POST", "v1/reviews/" + query(c) + "/replies", "{\"text\":\"Answer\"}", null),
            writers(201, Caller.LEAD, Caller.DIRECTOR, Caller.AUDITOR)));
    rules.put(
        "POST /v1/reviews/{id}/resolution",
        new Rule(
            c ->
                new Call(
                    "POST",
                    "v1/reviews/" + newQuery(sa(c)) + "/resolution",
                    "{\"note\":\"Done\"}",
                    null),
            writers(200, Caller.AUDITOR)));
    rules.put(
        "GET /v1/councils/{councilId}/open-queries",
        new Rule(
            c -> new Call("GET", "v1/councils/" + council(c) + "/open-queries", null, null),
            members(200)));
    rules.put(
        "GET /v1/councils/{councilId}/review-queue",
        new Rule(
            c -> new Call("GET", "v1/councils/" + council(c) + "/review-queue", null, null),
            writers(200, Caller.AUDITOR)));

    // --- evidence bank ---
    rules.put(
        "POST /v1/councils/{councilId}/evidence",
        new Rule(
            c -> new Call("POST", "v1/councils/" + council(c) + "/evidence", EVIDENCE, null),
            leads(201)));
    rules.put(
        "GET /v1/councils/{councilId}/evidence",
        new Rule(
            c -> new Call("GET", "v1/councils/" + council(c) + "/evidence", null, null),
            members(200)));
    rules.put(
        "GET /v1/evidence/{id}",
        new Rule(c -> new Call("GET", "v1/evidence/" + evidence(c), null, null), members(200)));
    rules.put(
        "PUT /v1/evidence/{id}",
        new Rule(
            c ->
                new Call(
                    "PUT",
                    "v1/evidence/" + evidence(c),
                    EVIDENCE.replace("Matrix evidence", "Matrix evidence " + ++changes),
                    Api.asAdmin().get("api/v1/evidence/" + evidence(c)).header("ETag")),
            leads(200)));
    rules.put(
        "POST /v1/evidence/{id}/withdrawal",
        new Rule(
            c -> {
              long fresh = newEvidence(council(c));
              return new Call(
                  "POST",
                  "v1/evidence/" + fresh + "/withdrawal",
                  "{\"reason\":\"Matrix\"}",
                  "\"1\"");
            },
            leads(200)));
    rules.put(
        "PUT /v1/evidence/{id}/file",
        new Rule(
            c ->
                new Call(
                    "PUT",
                    "v1/evidence/" + evidence(c) + "/file?filename=matrix.txt",
                    "{\"plain\":\"text\"}",
                    Api.asAdmin().get("api/v1/evidence/" + evidence(c)).header("ETag")),
            leads(200)));
    rules.put(
        "GET /v1/evidence/{id}/file",
        new Rule(
            c -> new Call("GET", "v1/evidence/" + evidence(c) + "/file", null, null),
            members(200)));

    // --- evidence reviews and back-links --------------------------------------------------
    rules.put(
        "POST /v1/evidence/{id}/reviews",
        new Rule(
            c ->
                new Call(
                    "POST",
                    "v1/evidence/" + evidence(c) + "/reviews",
                    "{\"verdict\":\"ACCEPTED\"}",
                    null),
            writers(201, Caller.AUDITOR)));
    rules.put(
        "GET /v1/evidence/{id}/reviews",
        new Rule(
            c -> new Call("GET", "v1/evidence/" + evidence(c) + "/reviews", null, null),
            members(200)));
    rules.put(
        "GET /v1/evidence/{id}/citations",
        new Rule(
            c -> new Call("GET", "v1/evidence/" + evidence(c) + "/citations", null, null),
            members(200)));

    // access helper (issue 3, UI session): enabling and disabling users
    rules.put(
        "PUT /v1/users/{id}/enabled",
        new Rule(
            c -> {
              long user =
                  Api.newUser(
                      "matrix.enabled" + System.nanoTime() % 1_000_000, "Matrix-pass-77", "LEAD");
              Api.Reply current = Api.asAdmin().get("api/v1/users/" + user);
              return new Call(
                  "PUT",
                  "v1/users/" + user + "/enabled",
                  "{\"enabled\":false}",
                  current.header("ETag"));
            },
            admins(200)));
    // --- assessment lifecycle and improvement plans (issue 5) --------------------------------
    rules.put(
        "GET /v1/assessments/{id}/milestones",
        new Rule(
            c ->
                new Call(
                    "GET", "v1/assessments/" + plansAt(c).assessment() + "/milestones", null, null),
            members(200)));
    rules.put(
        "POST /v1/assessments/{id}/milestones",
        new Rule(
            c ->
                new Call(
                    "POST",
                    "v1/assessments/"
                        + ImprovementFixture.newAssessment(council(c))
                        + "/milestones",
                    "{\"kind\":\"SITE_VISIT\",\"plannedOn\":\"2025-03-03\"}",
                    null),
            directors(201)));
    rules.put(
        "PUT /v1/assessments/{id}/milestones/{kind}",
        new Rule(
            c -> {
              long assessment = ImprovementFixture.newAssessment(council(c));
              Api.Reply made =
                  Api.asAdmin()
                      .post(
                          "api/v1/assessments/" + assessment + "/milestones",
                          "{\"kind\":\"CASES_SELECTED\",\"actualOn\":\"2025-03-03\",\"caseCount\":6}");
              return new Call(
                  "PUT",
                  "v1/assessments/" + assessment + "/milestones/CASES_SELECTED",
                  "{\"actualOn\":\"2025-03-04\",\"caseCount\":6}",
                  made.header("ETag"));
            },
            directors(200)));
    rules.put(
        "GET /v1/assessments/{id}/findings",
        new Rule(
            c ->
                new Call(
                    "GET", "v1/assessments/" + plansAt(c).assessment() + "/findings", null, null),
            members(200)));
    rules.put(
        "POST /v1/assessments/{id}/findings",
        new Rule(
            c ->
                new Call(
                    "POST",
                    "v1/assessments/" + plansAt(c).assessment() + "/findings",
                    "{\"statement\":\"QS3\",\"kind\":\"AREA_FOR_IMPROVEMENT\",\"text\":\"Gaps\"}",
                    null),
            directors(201)));
    rules.put(
        "PUT /v1/assessments/{id}/findings/{findingId}",
        new Rule(
            c -> {
              long assessment = plansAt(c).assessment();
              Api.Reply made = newFinding(assessment);
              return new Call(
                  "PUT",
                  "v1/assessments/" + assessment + "/findings/" + idOf(made),
                  "{\"statement\":\"QS4\",\"kind\":\"AREA_FOR_IMPROVEMENT\",\"text\":\"Gaps found\"}",
                  made.header("ETag"));
            },
            directors(200)));
    rules.put(
        "DELETE /v1/assessments/{id}/findings/{findingId}",
        new Rule(
            c -> {
              long assessment = plansAt(c).assessment();
              return new Call(
                  "DELETE",
                  "v1/assessments/" + assessment + "/findings/" + idOf(newFinding(assessment)),
                  null,
                  null);
            },
            directors(204)));
    rules.put(
        "GET /v1/assessments/{id}/deadlines",
        new Rule(
            c ->
                new Call(
                    "GET", "v1/assessments/" + plansAt(c).assessment() + "/deadlines", null, null),
            members(200)));
    rules.put(
        "GET /v1/deadline-rules",
        new Rule(c -> new Call("GET", "v1/deadline-rules", null, null), anyone(200)));
    rules.put(
        "GET /v1/deadline-rules/{id}",
        new Rule(
            c -> new Call("GET", "v1/deadline-rules/" + firstDeadlineRule(), null, null),
            anyone(200)));
    rules.put(
        "PUT /v1/deadline-rules/{id}",
        new Rule(
            c -> {
              Api.Reply current = Api.asAdmin().get("api/v1/deadline-rules/" + firstDeadlineRule());
              return new Call(
                  "PUT",
                  "v1/deadline-rules/" + firstDeadlineRule(),
                  toggled(current.object(), "label"),
                  current.header("ETag"));
            },
            admins(200)));
    rules.put(
        "GET /v1/councils/{councilId}/improvement-plans",
        new Rule(
            c -> new Call("GET", "v1/councils/" + council(c) + "/improvement-plans", null, null),
            members(200)));
    rules.put(
        "POST /v1/councils/{councilId}/improvement-plans",
        new Rule(
            c ->
                new Call(
                    "POST",
                    "v1/councils/" + council(c) + "/improvement-plans",
                    "{\"title\":\"Matrix plan\"}",
                    null),
            directors(201)));
    rules.put(
        "GET /v1/improvement-plans/{id}",
        new Rule(
            c -> new Call("GET", "v1/improvement-plans/" + plansAt(c).plan(), null, null),
            members(200)));
    rules.put(
        "GET /v1/improvement-plans/{id}/workstreams",
        new Rule(
            c ->
                new Call(
                    "GET",
                    "v1/improvement-plans/" + plansAt(c).plan() + "/workstreams",
                    null,
                    null),
            members(200)));
    rules.put(
        "POST /v1/improvement-plans/{id}/workstreams",
        new Rule(
            c ->
                new Call(
                    "POST",
                    "v1/improvement-plans/" + plansAt(c).plan() + "/workstreams",
                    "{\"title\":\"Matrix workstream\"}",
                    null),
            directors(201)));
    rules.put(
        "GET /v1/improvement-plans/{id}/summary",
        new Rule(
            c ->
                new Call(
                    "GET", "v1/improvement-plans/" + plansAt(c).plan() + "/summary", null, null),
            members(200)));
    rules.put(
        "GET /v1/improvement-plans/{id}/snapshots",
        new Rule(
            c ->
                new Call(
                    "GET", "v1/improvement-plans/" + plansAt(c).plan() + "/snapshots", null, null),
            members(200)));
    rules.put(
        "POST /v1/improvement-plans/{id}/snapshots",
        new Rule(
            c ->
                new Call(
                    "POST",
                    "v1/improvement-plans/" + plansAt(c).plan() + "/snapshots",
                    "{\"audience\":\"SCRUTINY_COMMITTEE\"}",
                    null),
            directors(201)));
    rules.put(
        "GET /v1/improvement-plans/{id}/snapshots/{snapshotId}",
        new Rule(
            c ->
                new Call(
                    "GET",
                    "v1/improvement-plans/"
                        + plansAt(c).plan()
                        + "/snapshots/"
                        + plansAt(c).snapshotA(),
                    null,
                    null),
            members(200)));
    rules.put(
        "GET /v1/improvement-plans/{id}/snapshots/{snapshotId}/changes",
        new Rule(
            c ->
                new Call(
                    "GET",
                    "v1/improvement-plans/"
                        + plansAt(c).plan()
                        + "/snapshots/"
                        + plansAt(c).snapshotB()
                        + "/changes?since="
                        + plansAt(c).snapshotA(),
                    null,
                    null),
            members(200)));
    rules.put(
        "GET /v1/workstreams/{id}/actions",
        new Rule(
            c ->
                new Call(
                    "GET", "v1/workstreams/" + plansAt(c).workstream() + "/actions", null, null),
            members(200)));
    rules.put(
        "POST /v1/workstreams/{id}/actions",
        new Rule(
            c ->
                new Call(
                    "POST",
                    "v1/workstreams/" + plansAt(c).workstream() + "/actions",
                    ImprovementFixture.action(
                        "Matrix action", Api.LEAD, java.time.LocalDate.now().plusDays(30)),
                    null),
            directors(201)));
    rules.put(
        "GET /v1/actions/{id}",
        new Rule(
            c -> new Call("GET", "v1/actions/" + plansAt(c).action(), null, null), members(200)));
    rules.put(
        "PUT /v1/actions/{id}",
        new Rule(
            c -> {
              Api.Reply current = Api.asAdmin().get("api/v1/actions/" + plansAt(c).action());
              return new Call(
                  "PUT",
                  "v1/actions/" + plansAt(c).action(),
                  // progress, which the owning lead may change as well as a director
                  Json.createObjectBuilder(current.object())
                      .add("percentComplete", ++changes % 90 + 1)
                      .build()
                      .toString(),
                  current.header("ETag"));
            },
            owners(200)));
    rules.put(
        "POST /v1/actions/{id}/updates",
        new Rule(
            c ->
                new Call(
                    "POST",
                    "v1/actions/" + plansAt(c).action() + "/updates",
                    "{\"note\":\"Matrix progress\",\"percentComplete\":10}",
                    null),
            owners(201)));
    rules.put(
        "GET /v1/actions/{id}/history",
        new Rule(
            c -> new Call("GET", "v1/actions/" + plansAt(c).action() + "/history", null, null),
            members(200)));
    // --- provider: providers, ratings, imports, quality, themes, issues, episodes --------------
    // Leads and directors write, auditors read; the target is the directors'; filing figures as
    // evidence follows the evidence bank (leads). All roles reach the domain, which decides.
    Function<Caller, Function<Council, Integer>> providerWriters =
        caller ->
            council ->
                switch (caller) {
                  case ANONYMOUS -> 401;
                  case ADMIN -> 0;
                  case LEAD, DIRECTOR -> council == Council.OWN ? 0 : 404;
                  case AUDITOR -> council == Council.OWN ? 403 : 404;
                };
    Function<Integer, Function<Caller, Function<Council, Integer>>> writersOfProviders =
        ok ->
            caller ->
                council -> {
                  int status = providerWriters.apply(caller).apply(council);
                  return status == 0 ? ok : status;
                };
    Function<Caller, Function<Council, Integer>> targetSetters =
        caller ->
            council ->
                switch (caller) {
                  case ANONYMOUS -> 401;
                  case ADMIN -> 200;
                  case DIRECTOR -> council == Council.OWN ? 200 : 404;
                  case LEAD, AUDITOR -> council == Council.OWN ? 403 : 404;
                };
    Map<Council, long[]> providerFixture = new java.util.EnumMap<>(Council.class);
    // provider, theme, episode, import of each council, made once when first needed
    Function<Council, long[]> fixture =
        which ->
            providerFixture.computeIfAbsent(
                which,
                w -> {
                  long c = council(w);
                  long provider =
                      idOf(
                          Api.asAdmin()
                              .post(
                                  "api/v1/councils/" + c + "/providers",
                                  "{\"cqcLocationId\":\"1-M"
                                      + c
                                      + "\",\"name\":\"Matrix Home\",\"serviceType\":\"HOME_CARE\"}"));
                  long theme =
                      Api.asAdmin()
                          .get("api/v1/councils/" + c + "/finding-themes")
                          .array()
                          .getJsonObject(0)
                          .getJsonNumber("id")
                          .longValue();
                  long episode =
                      idOf(
                          Api.asAdmin()
                              .post(
                                  "api/v1/councils/" + c + "/support-episodes",
                                  "{\"providerId\":"
                                      + provider
                                      + ",\"team\":\"Matrix team\",\"startedOn\":\"2025-01-06\"}"));
                  long job =
                      idOf(
                          Api.asAdmin()
                              .send(
                                  "POST",
                                  "api/v1/councils/" + c + "/provider-imports",
                                  "Location ID,Location Name\n1-N" + c + ",Matrix Court\n",
                                  "text/csv"));
                  return new long[] {provider, theme, episode, job};
                });
    java.util.concurrent.atomic.AtomicInteger ratingDay =
        new java.util.concurrent.atomic.AtomicInteger();
    rules.put(
        "GET /v1/councils/{councilId}/providers",
        new Rule(
            c -> new Call("GET", "v1/councils/" + council(c) + "/providers", null, null),
            members(200)));
    rules.put(
        "POST /v1/councils/{councilId}/providers",
        new Rule(
            c ->
                new Call(
                    "POST",
                    "v1/councils/" + council(c) + "/providers",
                    "{\"cqcLocationId\":\"1-"
                        + (System.nanoTime() % 1_000_000_000L)
                        + "\",\"name\":\"Matrix New Home\",\"serviceType\":\"EXTRA_CARE\"}",
                    null),
            writersOfProviders.apply(201)));
    rules.put(
        "GET /v1/providers/{id}",
        new Rule(
            c -> new Call("GET", "v1/providers/" + fixture.apply(c)[0], null, null), members(200)));
    rules.put(
        "PUT /v1/providers/{id}",
        new Rule(
            c -> {
              String path = "v1/providers/" + fixture.apply(c)[0];
              Api.Reply current = Api.asAdmin().get("api/" + path);
              return new Call(
                  "PUT", path, toggled(current.object(), "name"), current.header("ETag"));
            },
            writersOfProviders.apply(200)));
    rules.put(
        "GET /v1/providers/{id}/ratings",
        new Rule(
            c -> new Call("GET", "v1/providers/" + fixture.apply(c)[0] + "/ratings", null, null),
            members(200)));
    rules.put(
        "POST /v1/providers/{id}/ratings",
        new Rule(
            c ->
                new Call(
                    "POST",
                    "v1/providers/" + fixture.apply(c)[0] + "/ratings",
                    "{\"ratedOn\":\""
                        + java.time.LocalDate.of(2000, 1, 1).plusDays(ratingDay.incrementAndGet())
                        + "\",\"overall\":\"GOOD\"}",
                    null),
            writersOfProviders.apply(201)));
    rules.put(
        "POST /v1/councils/{councilId}/provider-imports",
        new Rule(
            c ->
                new Call(
                    "POST",
                    "v1/councils/" + council(c) + "/provider-imports",
                    "Location ID,Location Name\n1-M" + council(c) + ",Matrix Home\n",
                    null),
            writersOfProviders.apply(202)));
    rules.put(
        "GET /v1/provider-imports/{id}",
        new Rule(
            c -> new Call("GET", "v1/provider-imports/" + fixture.apply(c)[3], null, null),
            members(200)));
    rules.put(
        "GET /v1/councils/{councilId}/provider-quality",
        new Rule(
            c ->
                new Call(
                    "GET",
                    "v1/councils/" + council(c) + "/provider-quality?date=2025-03-31",
                    null,
                    null),
            members(200)));
    rules.put(
        "GET /v1/councils/{councilId}/provider-quality/settings",
        new Rule(
            c ->
                new Call(
                    "GET", "v1/councils/" + council(c) + "/provider-quality/settings", null, null),
            members(200)));
    rules.put(
        "PUT /v1/councils/{councilId}/provider-quality/settings",
        new Rule(
            c ->
                change(
                    "PUT",
                    "v1/councils/" + council(c) + "/provider-quality/settings",
                    "v1/councils/" + council(c) + "/provider-quality/settings",
                    "{\"targetPercent\":80,\"staleMonths\":" + (24 + ++changes % 12) + "}"),
            targetSetters));
    rules.put(
        "POST /v1/councils/{councilId}/provider-quality/evidence",
        new Rule(
            c ->
                new Call(
                    "POST",
                    "v1/councils/" + council(c) + "/provider-quality/evidence?date=2025-03-31",
                    "{}",
                    null),
            leads(201)));
    rules.put(
        "GET /v1/councils/{councilId}/finding-themes",
        new Rule(
            c -> new Call("GET", "v1/councils/" + council(c) + "/finding-themes", null, null),
            members(200)));
    rules.put(
        "POST /v1/councils/{councilId}/finding-themes",
        new Rule(
            c ->
                new Call(
                    "POST",
                    "v1/councils/" + council(c) + "/finding-themes",
                    "{\"name\":\"Matrix theme " + System.nanoTime() + "\"}",
                    null),
            writersOfProviders.apply(201)));
    rules.put(
        "GET /v1/finding-themes/{id}",
        new Rule(
            c -> new Call("GET", "v1/finding-themes/" + fixture.apply(c)[1], null, null),
            members(200)));
    rules.put(
        "PUT /v1/finding-themes/{id}",
        new Rule(
            c -> {
              String path = "v1/finding-themes/" + fixture.apply(c)[1];
              Api.Reply current = Api.asAdmin().get("api/" + path);
              return new Call(
                  "PUT",
                  path,
                  "{\"name\":\""
                      + current.object().getString("name")
                      + "\",\"trainingOffer\":\"Matrix course "
                      + ++changes
                      + "\"}",
                  current.header("ETag"));
            },
            writersOfProviders.apply(200)));
    rules.put(
        "GET /v1/councils/{councilId}/inspection-issues",
        new Rule(
            c -> new Call("GET", "v1/councils/" + council(c) + "/inspection-issues", null, null),
            members(200)));
    rules.put(
        "POST /v1/councils/{councilId}/inspection-issues",
        new Rule(
            c ->
                new Call(
                    "POST",
                    "v1/councils/" + council(c) + "/inspection-issues",
                    "{\"providerId\":"
                        + fixture.apply(c)[0]
                        + ",\"themeId\":"
                        + fixture.apply(c)[1]
                        + ",\"foundOn\":\"2025-02-03\",\"text\":\"Matrix finding\"}",
                    null),
            writersOfProviders.apply(201)));
    rules.put(
        "GET /v1/councils/{councilId}/support-episodes",
        new Rule(
            c -> new Call("GET", "v1/councils/" + council(c) + "/support-episodes", null, null),
            members(200)));
    rules.put(
        "POST /v1/councils/{councilId}/support-episodes",
        new Rule(
            c ->
                new Call(
                    "POST",
                    "v1/councils/" + council(c) + "/support-episodes",
                    "{\"providerId\":"
                        + fixture.apply(c)[0]
                        + ",\"team\":\"Matrix team\",\"startedOn\":\"2025-02-03\"}",
                    null),
            writersOfProviders.apply(201)));
    rules.put(
        "GET /v1/support-episodes/{id}",
        new Rule(
            c -> new Call("GET", "v1/support-episodes/" + fixture.apply(c)[2], null, null),
            members(200)));
    rules.put(
        "PUT /v1/support-episodes/{id}",
        new Rule(
            c -> {
              String path = "v1/support-episodes/" + fixture.apply(c)[2];
              return new Call(
                  "PUT",
                  path,
                  "{\"team\":\"Matrix team "
                      + ++changes
                      + "\",\"startedOn\":\"2025-01-06\",\"endedOn\":\"2025-06-30\"}",
                  Api.asAdmin().get("api/" + path).header("ETag"));
            },
            writersOfProviders.apply(200)));
    // --- kpi ------------------------------------------------------------------------------------
    rules.put(
        "GET /v1/councils/{councilId}/kpis",
        new Rule(
            c -> new Call("GET", "v1/councils/" + council(c) + "/kpis", null, null), members(200)));
    rules.put(
        "POST /v1/councils/{councilId}/kpis",
        new Rule(
            c ->
                new Call(
                    "POST",
                    "v1/councils/" + council(c) + "/kpis",
                    KpiFixture.definition("Matrix KPI " + System.nanoTime()),
                    null),
            directors(201)));
    rules.put(
        "GET /v1/kpis/{id}",
        new Rule(c -> new Call("GET", "v1/kpis/" + kpi(c), null, null), members(200)));
    rules.put(
        "PUT /v1/kpis/{id}",
        new Rule(
            c ->
                change(
                    "PUT",
                    "v1/kpis/" + kpi(c),
                    "v1/kpis/" + kpi(c),
                    KpiFixture.definition(KPI + " " + ++changes)),
            directors(200)));
    rules.put(
        "GET /v1/kpis/{id}/submissions",
        new Rule(
            c -> new Call("GET", "v1/kpis/" + kpi(c) + "/submissions", null, null), members(200)));
    rules.put(
        "POST /v1/kpis/{id}/submissions",
        new Rule(
            c ->
                new Call(
                    "POST",
                    "v1/kpis/" + kpi(c) + "/submissions",
                    KpiFixture.figures(KpiFixture.month(2 + kpiMonths++), "Alder Care", 8, 10),
                    null),
            writers(201, Caller.LEAD, Caller.DIRECTOR)));
    rules.put(
        "GET /v1/kpis/{id}/trend",
        new Rule(c -> new Call("GET", "v1/kpis/" + kpi(c) + "/trend", null, null), members(200)));
    rules.put(
        "GET /v1/kpis/{id}/league",
        new Rule(
            c ->
                new Call(
                    "GET",
                    "v1/kpis/" + kpi(c) + "/league?period=" + KpiFixture.month(1),
                    null,
                    null),
            members(200)));
    rules.put(
        "POST /v1/kpis/{id}/evidence-snapshots",
        new Rule(
            c ->
                new Call(
                    "POST",
                    "v1/kpis/" + kpi(c) + "/evidence-snapshots",
                    "{\"period\":\"" + KpiFixture.month(1) + "\"}",
                    null),
            leads(201)));
    rules.put(
        "GET /v1/kpi-submissions/{id}",
        new Rule(
            c -> new Call("GET", "v1/kpi-submissions/" + kpiSubmission(c), null, null),
            members(200)));
    rules.put(
        "PUT /v1/kpi-submissions/{id}",
        new Rule(
            c ->
                change(
                    "PUT",
                    "v1/kpi-submissions/" + kpiSubmission(c),
                    "v1/kpi-submissions/" + kpiSubmission(c),
                    "{\"numerator\":7,\"denominator\":10}"),
            writers(200, Caller.LEAD, Caller.DIRECTOR)));
    // --- improvement: workstream highlight reports ---
    rules.put(
        "POST /v1/workstreams/{id}/highlight-reports",
        new Rule(
            c ->
                new Call(
                    "POST",
                    "v1/workstreams/" + plansAt(c).workstream() + "/highlight-reports",
                    highlightReport(nextHighlightPeriod()),
                    null),
            directors(201)));
    rules.put(
        "GET /v1/workstreams/{id}/highlight-reports",
        new Rule(
            c ->
                new Call(
                    "GET",
                    "v1/workstreams/" + plansAt(c).workstream() + "/highlight-reports",
                    null,
                    null),
            members(200)));
    rules.put(
        "GET /v1/highlight-reports/{id}",
        new Rule(
            c -> new Call("GET", "v1/highlight-reports/" + highlightReportAt(c), null, null),
            members(200)));
    rules.put(
        "PUT /v1/highlight-reports/{id}",
        new Rule(
            c ->
                change(
                    "PUT",
                    "v1/highlight-reports/" + highlightReportAt(c),
                    "v1/highlight-reports/" + highlightReportAt(c),
                    highlightReport("2029-Q4")
                        .replace("Matrix achievements", "Matrix achievements " + ++changes)),
            directors(200)));
    // --- documents (reports) ----------------------------------------------------------------
    rules.put(
        "GET /v1/self-assessments/{id}/document",
        new Rule(
            c -> new Call("GET", "v1/self-assessments/" + sa(c) + "/document", null, null),
            members(200)));
    rules.put(
        "GET /v1/improvement-plans/{id}/snapshots/{snapshotId}/document",
        new Rule(
            c ->
                new Call(
                    "GET",
                    "v1/improvement-plans/"
                        + plansAt(c).plan()
                        + "/snapshots/"
                        + plansAt(c).snapshotA()
                        + "/document",
                    null,
                    null),
            members(200)));
    rules.put(
        "GET /v1/assessments/{id}/document",
        new Rule(
            c ->
                new Call(
                    "GET",
                    "v1/assessments/"
                        + (c == Council.OWN ? ownOutcome : otherOutcome)
                        + "/document",
                    null,
                    null),
            members(200)));
    // --- reports: Excel, CSV and Word (office) -------------------------------------------------
    rules.put(
        "GET /v1/councils/{councilId}/evidence/export",
        new Rule(
            c ->
                new Call(
                    "GET",
                    "v1/councils/" + council(c) + "/evidence/export?format=csv&status=CURRENT",
                    null,
                    null),
            members(200)));
    rules.put(
        "GET /v1/improvement-plans/{id}/snapshots/{snapshotId}/workbook",
        new Rule(
            c ->
                new Call(
                    "GET",
                    "v1/improvement-plans/"
                        + plansAt(c).plan()
                        + "/snapshots/"
                        + plansAt(c).snapshotB()
                        + "/workbook",
                    null,
                    null),
            members(200)));
    rules.put(
        "GET /v1/self-assessments/{id}/docx",
        new Rule(
            c -> new Call("GET", "v1/self-assessments/" + sa(c) + "/docx?summary=true", null, null),
            members(200)));
    return rules;
  }

  private static final String KPI = "Matrix fixture KPI";
  private static long ownKpi;
  private static long otherKpi;
  private static long ownKpiSubmission;
  private static long otherKpiSubmission;
  private static int kpiMonths;

  /** A KPI with last month's figures at each council, made once. */
  private static long kpi(Council which) {
    if (ownKpi == 0) {
      ownKpi = KpiFixture.newKpi(own, KPI);
      otherKpi = KpiFixture.newKpi(other, KPI);
      ownKpiSubmission = KpiFixture.submit(ownKpi, KpiFixture.month(1), "Alder Care", 8, 10);
      otherKpiSubmission = KpiFixture.submit(otherKpi, KpiFixture.month(1), "Alder Care", 8, 10);
    }
    return which == Council.OWN ? ownKpi : otherKpi;
  }

  private static long kpiSubmission(Council which) {
    kpi(which);
    return which == Council.OWN ? ownKpiSubmission : otherKpiSubmission;
  }

  private static final java.util.concurrent.atomic.AtomicInteger highlightMonths =
      new java.util.concurrent.atomic.AtomicInteger();
  private static final Map<Council, Long> highlightReports = new java.util.EnumMap<>(Council.class);

  /** A new month for each report the matrix writes: one report per workstream and period. */
  private static String nextHighlightPeriod() {
    return java.time.YearMonth.of(2030, 1).plusMonths(highlightMonths.getAndIncrement()).toString();
  }

  private static String highlightReport(String period) {
    return "{\"period\":\""
        + period
        + "\",\"achievements\":\"Matrix achievements\",\"nextSteps\":\"Matrix next steps\","
        + "\"chosenRag\":\"RED\",\"ragReason\":\"Matrix reason\"}";
  }

  private static long highlightReportAt(Council which) {
    return highlightReports.computeIfAbsent(
        which,
        c ->
            idOf(
                Api.asAdmin()
                    .post(
                        "api/v1/workstreams/" + plansAt(c).workstream() + "/highlight-reports",
                        highlightReport("2029-Q4"))));
  }

  private static ImprovementFixture plansAt(Council which) {
    return ImprovementFixture.at(council(which));
  }

  private static final Map<String, String> drafts = new LinkedHashMap<>();

  /**
   * A draft copy of cqc-la-2023 for one rule, kept while it is a draft: refused calls leave it as
   * it was, and an administrator's accepted publish or delete makes the next call start a new one.
   */
  private static String draft(String rule) {
    String code = drafts.get(rule);
    if (code == null || !"DRAFT".equals(FrameworkFixture.status(code))) {
      code = FrameworkFixture.newDraft("matrix-" + rule);
      drafts.put(rule, code);
    }
    return code;
  }

  /** A version in use for one rule, kept while it is in use. */
  private static String active(String rule) {
    String code = drafts.get(rule);
    if (code == null || !"ACTIVE".equals(FrameworkFixture.status(code))) {
      code = FrameworkFixture.newActive("matrix-" + rule);
      drafts.put(rule, code);
    }
    return code;
  }

  private static long firstDeadlineRule() {
    return Api.asAdmin()
        .get("api/v1/deadline-rules")
        .array()
        .getJsonObject(0)
        .getJsonNumber("id")
        .longValue();
  }

  /**
   * Directors of the council and administrators; an auditor is refused by role everywhere, a lead
   * at their own council too. Elsewhere the lead finds nothing: by the time these rules run, the
   * membership rules above have made the demo lead a DIRECTOR of another council, so the role check
   * at the edge lets them through and the domain answers as for any non-member.
   */
  private static Function<Caller, Function<Council, Integer>> directors(int ok) {
    return caller ->
        council ->
            switch (caller) {
              case ANONYMOUS -> 401;
              case ADMIN -> ok;
              case DIRECTOR -> council == Council.OWN ? ok : 404;
              case LEAD -> council == Council.OWN ? 403 : 404;
              default -> 403;
            };
  }

  /** As {@link #directors}, plus the lead who owns the action (the fixture's is the demo lead). */
  private static Function<Caller, Function<Council, Integer>> owners(int ok) {
    return caller ->
        council ->
            switch (caller) {
              case ANONYMOUS -> 401;
              case ADMIN -> ok;
              case DIRECTOR, LEAD -> council == Council.OWN ? ok : 404;
              default -> 403;
            };
  }

  /** A finding an administrator records at the assessment, for a rule to change or delete. */
  private static Api.Reply newFinding(long assessment) {
    return Api.asAdmin()
        .post(
            "api/v1/assessments/" + assessment + "/findings",
            "{\"statement\":\"QS4\",\"kind\":\"STRENGTH\",\"text\":\"Matrix finding\"}");
  }

  private static final String EVIDENCE =
      "{\"title\":\"Matrix evidence\",\"categories\":[\"PROCESSES\"],\"statements\":[\"QS8\"]}";

  private static long ownEvidence;
  private static long otherEvidence;

  /** An item with a file at each council, made once. */
  private static long evidence(Council which) {
    if (ownEvidence == 0) {
      ownEvidence = newEvidence(own);
      otherEvidence = newEvidence(other);
      for (long item : new long[] {ownEvidence, otherEvidence}) {
        Api.asAdmin()
            .header("If-Match", "\"1\"")
            .send("PUT", "api/v1/evidence/" + item + "/file?filename=a.txt", "text", "text/plain");
      }
    }
    return which == Council.OWN ? ownEvidence : otherEvidence;
  }

  private static long newEvidence(long councilId) {
    return idOf(Api.asAdmin().post("api/v1/councils/" + councilId + "/evidence", EVIDENCE));
  }

  /** Administrators anywhere, leads at their own council; directors and auditors read only. */
  private static Function<Caller, Function<Council, Integer>> leads(int ok) {
    return caller ->
        council ->
            switch (caller) {
              case ANONYMOUS -> 401;
              case ADMIN -> ok;
              case LEAD -> council == Council.OWN ? ok : 404;
              default -> council == Council.OWN ? 403 : 404;
            };
  }

  private static Api as(Caller caller) {
    return switch (caller) {
      case ADMIN -> Api.asAdmin();
      case LEAD -> Api.as(Api.LEAD);
      case DIRECTOR -> Api.as(Api.DIRECTOR);
      case AUDITOR -> Api.as(Api.AUDITOR);
      case ANONYMOUS -> Api.anonymous();
    };
  }

  @Test
  void everyOperationOfTheApiHasARule() {
    JsonObject paths =
        Api.anonymous()
            .header("Accept", "application/json")
            .get("openapi")
            .object()
            .getJsonObject("paths");
    TreeSet<String> documented = new TreeSet<>();
    paths.forEach(
        (path, operations) ->
            operations.asJsonObject().keySet().stream()
                .filter(m -> List.of("get", "put", "post", "delete", "patch").contains(m))
                .forEach(
                    m -> documented.add(m.toUpperCase() + " " + path.replaceFirst("^/api", ""))));

    assertThat(documented).containsExactlyInAnyOrderElementsOf(rules().keySet());
  }

  /** The user name the audit trail must name for a caller's writes. */
  private static String userName(Caller caller) {
    return switch (caller) {
      case ADMIN -> AscAssureServer.ADMIN_USER;
      case LEAD -> Api.LEAD;
      case DIRECTOR -> Api.DIRECTOR;
      case AUDITOR -> Api.AUDITOR;
      case ANONYMOUS -> null;
    };
  }

  private static List<String> knownUsers() {
    return List.of(AscAssureServer.ADMIN_USER, Api.LEAD, Api.DIRECTOR, Api.AUDITOR);
  }

  /** The newest sequence number of the audit trail. */
  private static long latestAuditSeq() {
    var newest = Api.asAdmin().get("api/v1/audit?size=1").array();
    return newest.isEmpty() ? 0 : newest.getJsonObject(0).getJsonNumber("seq").longValue();
  }

  /** The audit records written after {@code seq}, newest first. */
  private static List<JsonObject> auditSince(long seq) {
    return Api.asAdmin().get("api/v1/audit?size=100").array().stream()
        .map(JsonValue::asJsonObject)
        .filter(r -> r.getJsonNumber("seq").longValue() > seq)
        .toList();
  }

  /**
   * Every call of every rule, as each caller, at their own and another council. Each write is also
   * checked against the audit trail: an accepted write is recorded under the caller's name (the
   * first time each kind of write succeeds), and a refused one leaves no record at all, since it
   * must have changed nothing.
   */
  @Test
  void everyCallerGetsExactlyWhatTheirRoleAndCouncilAllow() {
    List<String> wrong = new ArrayList<>();
    Set<String> writesRecorded = new TreeSet<>();
    Set<String> writes = new TreeSet<>();
    rules()
        .forEach(
            (operation, rule) -> {
              for (Caller caller : Caller.values()) {
                for (Council which : Council.values()) {
                  Call call = rule.call().apply(which);
                  boolean write = !call.method().equals("GET");
                  long auditBefore = write ? latestAuditSeq() : 0;
                  Api api = as(caller);
                  if (call.ifMatch() != null) {
                    api.header("If-Match", call.ifMatch());
                  }
                  int status =
                      api.send(
                              call.method(),
                              "api/" + call.path(),
                              call.body(),
                              call.body() == null ? null : "application/json")
                          .status();
                  int expected = rule.expect().apply(caller).apply(which);
                  checked.add(operation + " " + caller + " " + which);
                  if (status != expected) {
                    wrong.add(
                        operation
                            + " as "
                            + caller
                            + " at "
                            + which
                            + " council: "
                            + status
                            + ", expected "
                            + expected);
                  }
                  if (write) {
                    writes.add(operation);
                    String actor = userName(caller);
                    // background work (an import) may still write for an earlier call: a refused
                    // call is answered for by the records of its caller at its council
                    List<JsonObject> byCaller =
                        auditSince(auditBefore).stream()
                            .filter(
                                r ->
                                    actor == null
                                        ? !knownUsers().contains(r.getString("actor", ""))
                                        : actor.equals(r.getString("actor", null)))
                            .toList();
                    if (status >= 400) {
                      List<JsonObject> here =
                          byCaller.stream()
                              .filter(
                                  r ->
                                      !r.containsKey("councilId")
                                          || r.isNull("councilId")
                                          || r.getJsonNumber("councilId").longValue()
                                              == council(which))
                              .toList();
                      if (!here.isEmpty()) {
                        wrong.add(
                            operation
                                + " as "
                                + caller
                                + " at "
                                + which
                                + " council was refused ("
                                + status
                                + ") yet the audit trail recorded "
                                + here);
                      }
                    } else if (status < 300
                        && writesRecorded.add(operation)
                        && byCaller.isEmpty()) {
                      wrong.add(
                          operation
                              + " as "
                              + caller
                              + " succeeded ("
                              + status
                              + ") but the audit trail recorded no change by "
                              + actor);
                    }
                  }
                }
              }
            });

    assertThat(wrong).as("calls answered otherwise than their rule says").isEmpty();
    assertThat(checked).hasSize(rules().size() * Caller.values().length * Council.values().length);
    assertThat(writesRecorded)
        .as("every kind of write succeeded once and was checked against the audit trail")
        .containsExactlyElementsOf(writes);
  }
}
