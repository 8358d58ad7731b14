package org.ascassure.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.ascassure.it.Api;
import org.ascassure.it.AscAssureServer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;

/**
 * Script and template payloads in every text field there is - stored through the API and through
 * the UI, or refused and echoed back - are shown as the text that was typed on every page that
 * shows them, and nothing runs: no alert, no Content-Security-Policy violation, no link to a {@code
 * javascript:} address, no template evaluated (the text shown is the payload itself).
 *
 * <p>Fields: council name (API, UI), ONS code (UI, echoed in its error), user display name (API,
 * UI), user name (API refused, UI echoed), a lead's scope (API refused), the sign-in user name
 * (echoed), and the audit search's five filters (echoed): 14 fields per payload.
 */
@ExtendWith(AscAssureServer.class)
class XssBrowserIT {

  @RegisterExtension static BrowserSession session = new BrowserSession();

  private static final String OUTCOME =
      "{\"framework\":\"cqc-la-2023\",\"publishedOn\":\"2025-04-01\",\"scores\":{\"QS1\":2}}";

  /** Script, attribute breakout, a javascript: address and two template expressions. */
  static Stream<String> payloads() {
    return Stream.of(
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "javascript:alert(1)",
        "{{7*7}}",
        "#{7*7}");
  }

  private static String json(String... namesAndValues) {
    var object = Json.createObjectBuilder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      object.add(namesAndValues[i], namesAndValues[i + 1]);
    }
    return object.build().toString();
  }

  private static long idOf(Api.Reply created) {
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.object().getJsonNumber("id").longValue();
  }

  /** Nothing ran on the page now shown, and it links nowhere a payload could lead. */
  private static void assertNothingRan(Browser browser, String page) {
    assertThat(browser.alertShown()).as("alert on %s", page).isFalse();
    assertThat(browser.policyViolations()).as("CSP violations on %s", page).isEmpty();
    assertThat(browser.has(By.cssSelector("a[href^='javascript'], img[src='x']")))
        .as("injected markup on %s", page)
        .isFalse();
  }

  private static void assertShownAsText(Browser browser, String page, String payload) {
    assertNothingRan(browser, page);
    assertThat(browser.text(By.id("main"))).as("text of %s", page).contains(payload);
  }

  @ParameterizedTest
  @MethodSource("payloads")
  void aPayloadInEveryTextFieldIsShownAsTextAndNeverRuns(String payload) {
    String suffix = Long.toString(System.nanoTime() % 1_000_000);
    Api admin = Api.asAdmin();

    // through the API: stored where free text is allowed, refused where a code is expected
    long council =
        idOf(
            admin.post(
                "api/v1/councils",
                json(
                    "name",
                    payload,
                    "onsCode",
                    Api.uniqueOnsCode(),
                    "type",
                    "COUNTY_COUNCIL",
                    "region",
                    "LONDON")));
    long outcome = idOf(admin.post("api/v1/councils/" + council + "/assessments", OUTCOME));
    long user =
        idOf(
            admin.post(
                "api/v1/users",
                "{\"username\":\"xss.api"
                    + suffix
                    + "\",\"displayName\":"
                    + Json.createValue(payload)
                    + ",\"password\":\"Correct-horse-42\",\"roles\":[\"AUDITOR\"]}"));
    assertThat(
            admin
                .post(
                    "api/v1/users",
                    "{\"username\":"
                        + Json.createValue(payload)
                        + ",\"displayName\":\"x\",\"password\":\"Correct-horse-42\","
                        + "\"roles\":[\"LEAD\"]}")
                .status())
        .isEqualTo(400);
    assertThat(
            admin
                .post(
                    "api/v1/users/" + user + "/memberships",
                    "{\"councilId\":"
                        + council
                        + ",\"role\":\"LEAD\",\"scope\":["
                        + Json.createValue(payload)
                        + "]}")
                .status())
        .isEqualTo(400);
    assertThat(
            admin
                .post(
                    "api/v1/users/" + user + "/memberships",
                    "{\"councilId\":" + council + ",\"role\":\"AUDITOR\"}")
                .status())
        .isEqualTo(201);

    Browser browser = session.browser();

    // the sign-in form echoes a refused user name
    browser.signIn(payload, "not-a-password");
    assertNothingRan(browser, "login");
    assertThat(browser.value("login:username")).isEqualTo(payload);

    browser.signInAsAdmin();

    // through the UI: a council whose ONS code is refused (and echoed), then saved
    browser.open("admin/councils/council.xhtml");
    browser.type("council:name", payload);
    browser.type("council:onsCode", payload);
    browser.click("council:save");
    assertNothingRan(browser, "council form with errors");
    assertThat(browser.value("council:name")).isEqualTo(payload);
    // the ONS code field takes nine characters: what it took is echoed in the error, as text
    String onsTyped = payload.substring(0, Math.min(9, payload.length()));
    assertThat(browser.value("council:onsCode")).isEqualTo(onsTyped);
    assertThat(String.join("\n", browser.messages())) // ONS codes are read in capitals
        .containsIgnoringCase("'" + onsTyped + "'");
    browser.type("council:onsCode", Api.uniqueOnsCode());
    browser.choose(By.id("council:type"), "County council");
    browser.choose(By.id("council:region"), "London");
    browser.click("council:save");
    browser.waitForText(By.tagName("h1"), payload);
    assertThat(browser.heading()).isEqualTo(payload);
    assertShownAsText(browser, "council added in the UI", payload);

    // through the UI: a user whose user name is refused (and echoed), then added
    browser.open("admin/users/user.xhtml");
    browser.type("user:username", payload);
    browser.type("user:displayName", payload);
    browser.type("user:password", "Correct-horse-42");
    browser.click("user:roles:3");
    browser.click("user:save");
    assertNothingRan(browser, "user form with errors");
    assertThat(browser.value("user:username")).isEqualTo(payload);
    assertThat(browser.value("user:displayName")).isEqualTo(payload);
    browser.type("user:username", "xss.ui" + suffix);
    browser.type("user:password", "Correct-horse-42");
    browser.click("user:save");
    browser.waitForText(By.tagName("h1"), payload);
    assertThat(browser.heading()).isEqualTo(payload);
    assertShownAsText(browser, "user added in the UI", payload);

    // every page that shows what was stored
    for (String page :
        List.of(
            "admin/councils/index.xhtml?page=1",
            "admin/councils/council.xhtml?id=" + council,
            "admin/assessments/assessment.xhtml?id=" + outcome,
            "admin/assessments/record.xhtml?council=" + council,
            "admin/users/index.xhtml",
            "admin/users/user.xhtml?id=" + user,
            "admin/audit/index.xhtml?entityType=Council&entityId=" + council,
            "admin/audit/index.xhtml?entityType=User&entityId=" + user)) {
      browser.open(page);
      assertNothingRan(browser, page);
    }
    browser.open("admin/councils/council.xhtml?id=" + council);
    assertThat(browser.heading()).isEqualTo(payload);
    assertThat(browser.text(By.id("history"))).contains(payload);
    browser.open("admin/assessments/assessment.xhtml?id=" + outcome);
    assertThat(browser.title()).startsWith("Outcome for " + payload);
    browser.open("admin/users/user.xhtml?id=" + user);
    assertThat(browser.heading()).isEqualTo(payload);
    assertThat(browser.text(By.id("current:memberships"))).contains(payload);
    browser.open("admin/audit/index.xhtml?entityType=Council&entityId=" + council);
    assertThat(browser.text(By.id("records"))).contains("name: " + payload);

    // the audit search echoes its filters back as typed
    String typed = URLEncoder.encode(payload, StandardCharsets.UTF_8);
    browser.open(
        "admin/audit/index.xhtml?actor="
            + typed
            + "&entityType="
            + typed
            + "&entityId="
            + typed
            + "&from="
            + typed
            + "&to="
            + typed);
    assertNothingRan(browser, "audit search with payload filters");
    assertThat(browser.value("actor")).isEqualTo(payload);
    assertThat(browser.value("entityId")).isEqualTo(payload);
    assertThat(browser.value("from")).isEqualTo(payload);
    assertThat(browser.value("to")).isEqualTo(payload);
    assertThat(String.join("\n", browser.messages())).contains(payload);
    browser.assertAccessible();
  }

  private static Api.Reply ok(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isBetween(200, 299);
    return reply;
  }

  /**
   * The fields of the evidence bank, the self-assessment, auditor review, the assessment lifecycle
   * and improvement plans: stored through the API (narratives both as typed text and as raw HTML,
   * which the sanitiser strips), shown on every page that shows them, and nothing runs. Fields:
   * evidence title, description, owner, link (refused), withdrawal reason; self-assessment title,
   * period, narrative, self-score rationale, sign-off name, role, organisation and comment, version
   * note, status note; review question, reply, evidence review text; finding text, milestone note;
   * plan title, workstream title, lead and delivery group, action title, description and owner,
   * progress note and blocked reason; highlight report achievements, next steps, risks and RAG
   * reason; the evidence bank's text and owner filters (echoed): 35 fields per payload.
   */
  @ParameterizedTest
  @MethodSource("payloads")
  void aPayloadInEveryAuthoringReviewAndPlanFieldIsShownAsTextAndNeverRuns(String payload) {
    Api admin = Api.asAdmin();
    String text = Json.createValue(payload).toString();
    long council = Api.newCouncil("XSS Authoring Council " + System.nanoTime() % 1_000_000);

    var evidenceFields =
        Json.createObjectBuilder()
            .add("title", payload)
            .add("description", payload)
            .add("categories", Json.createArrayBuilder().add("PROCESSES"))
            .add("statements", Json.createArrayBuilder().add("QS1"))
            .add("owner", payload)
            .add("evidenceDate", "2025-06-30")
            .add("status", "CURRENT");
    String evidence = evidenceFields.build().toString();
    long item = idOf(admin.post("api/v1/councils/" + council + "/evidence", evidence));
    String withLink =
        Json.createObjectBuilder(Json.createReader(new java.io.StringReader(evidence)).readObject())
            .add("link", payload)
            .build()
            .toString();
    assertThat(admin.post("api/v1/councils/" + council + "/evidence", withLink).status())
        .isEqualTo(400);
    long withdrawn = idOf(admin.post("api/v1/councils/" + council + "/evidence", evidence));
    ok(
        Api.asAdmin()
            .header("If-Match", "\"1\"")
            .post("api/v1/evidence/" + withdrawn + "/withdrawal", "{\"reason\":" + text + "}"));

    long sa =
        idOf(
            admin.post(
                "api/v1/councils/" + council + "/self-assessments",
                "{\"title\":%s,\"periodLabel\":%s}".formatted(text, text)));
    String base = "api/v1/self-assessments/" + sa;
    String escaped = payload.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    String narrative = base + "/statements/QS1/narrative";
    ok(
        Api.asAdmin()
            .header("If-Match", admin.get(narrative).header("ETag"))
            .put(
                narrative,
                Json.createObjectBuilder()
                    .add("html", "<p>" + escaped + " (E1)</p>" + payload)
                    .build()
                    .toString()));
    String scoreVersion =
        admin.get(base).object().getJsonArray("scores").getJsonObject(0).get("version").toString();
    ok(
        Api.asAdmin()
            .header("If-Match", "\"" + scoreVersion + "\"")
            .put(base + "/statements/QS1/self-score", "{\"score\":3,\"rationale\":" + text + "}"));
    ok(
        admin.post(
            base + "/sign-offs",
            "{\"kind\":\"ENDORSEMENT\",\"name\":%s,\"role\":%s,\"organisation\":%s,"
                    .formatted(text, text, text)
                + "\"givenOn\":\"2025-07-01\",\"comment\":%s}".formatted(text)));
    ok(admin.post(base + "/versions", "{\"note\":" + text + "}"));
    long query =
        idOf(
            Api.as(Api.AUDITOR)
                .post(
                    base + "/narratives/STATEMENT_PERFORMANCE:QS1/reviews",
                    "{\"verdict\":\"QUERIED\",\"text\":" + text + "}"));
    ok(Api.as(Api.LEAD).post("api/v1/reviews/" + query + "/replies", "{\"text\":" + text + "}"));
    idOf(
        Api.as(Api.AUDITOR)
            .post(
                "api/v1/evidence/" + item + "/reviews",
                "{\"verdict\":\"REJECTED\",\"text\":" + text + "}"));

    long outcome = idOf(admin.post("api/v1/councils/" + council + "/assessments", OUTCOME));
    ok(
        admin.post(
            "api/v1/assessments/" + outcome + "/findings",
            "{\"statement\":\"QS1\",\"kind\":\"STRENGTH\",\"text\":" + text + "}"));
    ok(
        admin.post(
            "api/v1/assessments/" + outcome + "/milestones",
            "{\"kind\":\"SITE_VISIT\",\"plannedOn\":\"2025-03-03\",\"note\":" + text + "}"));
    long plan =
        idOf(
            admin.post(
                "api/v1/councils/" + council + "/improvement-plans",
                "{\"title\":%s,\"assessmentId\":%d}".formatted(text, outcome)));
    long workstream =
        idOf(
            admin.post(
                "api/v1/improvement-plans/" + plan + "/workstreams",
                "{\"title\":%s,\"leadName\":%s,\"deliveryGroup\":%s}".formatted(text, text, text)));
    long action =
        idOf(
            admin.post(
                "api/v1/workstreams/" + workstream + "/actions",
                "{\"title\":%s,\"description\":%s,\"owner\":%s,".formatted(text, text, text)
                    + "\"startOn\":\"2025-07-01\",\"dueOn\":\"2026-12-31\"}"));
    ok(
        admin.post(
            "api/v1/actions/" + action + "/updates",
            "{\"note\":%s,\"status\":\"BLOCKED\",\"blockedReason\":%s}".formatted(text, text)));
    ok(
        admin.post(
            "api/v1/workstreams/" + workstream + "/highlight-reports",
            "{\"period\":\"2026-10\",\"achievements\":%s,\"nextSteps\":%s,\"risks\":%s,"
                    .formatted(text, text, text)
                + "\"chosenRag\":\"GREEN\",\"ragReason\":%s}".formatted(text)));
    ok(
        admin.post(
            "api/v1/improvement-plans/" + plan + "/snapshots",
            "{\"audience\":\"SCRUTINY_COMMITTEE\"}"));
    // the lead sends the self-assessment for review with a note, shown on its page
    ok(
        Api.as(Api.LEAD)
            .header("If-Match", admin.get(base).header("ETag"))
            .post(base + "/status", "{\"status\":\"IN_REVIEW\",\"note\":" + text + "}"));

    Browser browser = session.browser();
    browser.signInAsAdmin();
    String typed = URLEncoder.encode(payload, StandardCharsets.UTF_8);
    List<String> pages =
        List.of(
            "admin/evidence/index.xhtml?council=" + council,
            "admin/evidence/item.xhtml?id=" + item,
            "admin/evidence/item.xhtml?id=" + withdrawn,
            "admin/self-assessments/self-assessment.xhtml?id=" + sa,
            "admin/self-assessments/part.xhtml?id=" + sa + "&slot=STATEMENT_PERFORMANCE:QS1",
            "admin/self-assessments/history.xhtml?id=" + sa + "&slot=STATEMENT_PERFORMANCE:QS1",
            "admin/self-assessments/citations.xhtml?id=" + sa,
            "admin/self-assessments/version.xhtml?id=" + sa + "&number=1",
            "admin/councils/council.xhtml?id=" + council,
            "admin/assessments/assessment.xhtml?id=" + outcome,
            "admin/improvement/index.xhtml",
            "admin/improvement/plan.xhtml?id=" + plan,
            "admin/improvement/action.xhtml?id=" + action,
            "admin/improvement/workstream.xhtml?id=" + workstream,
            "admin/improvement/dashboard.xhtml?id=" + plan,
            "admin/improvement/snapshots.xhtml?id=" + plan,
            "admin/audit/index.xhtml?council=" + council);
    for (String page : pages) {
      browser.open(page);
      assertNothingRan(browser, page);
    }
    for (String page :
        List.of(
            "admin/evidence/item.xhtml?id=" + item,
            "admin/self-assessments/part.xhtml?id=" + sa + "&slot=STATEMENT_PERFORMANCE:QS1",
            "admin/improvement/plan.xhtml?id=" + plan,
            "admin/improvement/action.xhtml?id=" + action,
            "admin/improvement/workstream.xhtml?id=" + workstream,
            "admin/self-assessments/self-assessment.xhtml?id=" + sa,
            "admin/assessments/assessment.xhtml?id=" + outcome)) {
      browser.open(page);
      assertShownAsText(browser, page, payload);
    }
    browser.open("admin/improvement/workstream.xhtml?id=" + workstream);
    assertNothingRan(browser, "workstream");
    for (String field : List.of("Achievements", "Next steps", "Risks and issues")) {
      assertThat(browser.text(described(field))).as(field).isEqualTo(payload);
    }
    assertThat(browser.text(By.cssSelector("article.highlight-report")))
        .as("the reason for overriding the computed RAG")
        .contains("why: " + payload);
    browser.open("admin/self-assessments/self-assessment.xhtml?id=" + sa);
    assertNothingRan(browser, "self-assessment in review");
    assertThat(browser.text(described("Note with the status"))).isEqualTo(payload);
    browser.open(
        "admin/evidence/index.xhtml?council=" + council + "&q=" + typed + "&owner=" + typed);
    assertNothingRan(browser, "evidence bank with payload filters");
    browser.assertAccessible();

    browser.signOutByForgetting();
    browser.signIn(Api.LEAD, Api.password(Api.LEAD));
    browser.open("admin/reviews/open.xhtml");
    assertShownAsText(browser, "open queries", payload);
    browser.signOutByForgetting();
    browser.signIn(Api.AUDITOR, Api.password(Api.AUDITOR));
    browser.open("admin/reviews/queue.xhtml?council=" + council);
    assertNothingRan(browser, "review queue");
  }

  /**
   * The provider register and commissioned-service KPIs: stored through the API and the CQC file
   * import, shown on every page that shows them, and nothing runs. Fields: provider name and area
   * (API and import), support team and notes, finding-theme name and training offer, inspection
   * issue text; KPI name, description, unit, exclusions, reporter lot and provider, submission
   * notes; the provider list's text filter (echoed): 16 fields per payload.
   */
  @ParameterizedTest
  @MethodSource("payloads")
  void aPayloadInEveryProviderAndKpiFieldIsShownAsTextAndNeverRuns(String payload) {
    Api admin = Api.asAdmin();
    long council = Api.newCouncil("XSS Market Council " + System.nanoTime() % 1_000_000);
    String councilApi = "api/v1/councils/" + council;

    long provider =
        idOf(
            admin.post(
                councilApi + "/providers",
                Json.createObjectBuilder()
                    .add("cqcLocationId", "1-" + System.nanoTime() % 1_000_000_000L)
                    .add("name", payload)
                    .add("serviceType", "HOME_CARE")
                    .add("area", payload)
                    .build()
                    .toString()));
    String csv =
        "Location ID,Location Name,Location Ward\n"
            + "1-X"
            + council
            + ","
            + csvCell(payload)
            + ","
            + csvCell(payload)
            + "\n";
    assertThat(admin.send("POST", councilApi + "/provider-imports", csv, "text/csv").status())
        .isEqualTo(202);
    idOf(
        admin.post(
            councilApi + "/support-episodes",
            Json.createObjectBuilder()
                .add("providerId", provider)
                .add("team", payload)
                .add("startedOn", "2025-01-06")
                .add("notes", payload)
                .build()
                .toString()));
    long theme =
        idOf(
            admin.post(
                councilApi + "/finding-themes",
                Json.createObjectBuilder()
                    .add("name", payload)
                    .add("trainingOffer", payload)
                    .build()
                    .toString()));
    idOf(
        admin.post(
            councilApi + "/inspection-issues",
            Json.createObjectBuilder()
                .add("providerId", provider)
                .add("themeId", theme)
                .add("foundOn", "2025-02-03")
                .add("text", payload)
                .build()
                .toString()));

    long kpi =
        idOf(
            admin.post(
                councilApi + "/kpis",
                Json.createObjectBuilder()
                    .add("name", payload)
                    .add("description", payload)
                    .add("unit", payload)
                    .add("kind", "VALUE")
                    .add("direction", "LOWER_IS_BETTER")
                    .add("target", 5)
                    .add("frequency", "MONTHLY")
                    .add("dimension", "PROVIDER")
                    .add(
                        "reporters",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("lot", payload)
                                    .add("provider", payload)))
                    .add("exclusions", payload)
                    .build()
                    .toString()));
    java.time.LocalDate month = org.ascassure.it.api.KpiFixture.month(1);
    long submission =
        idOf(
            admin.post(
                "api/v1/kpis/" + kpi + "/submissions",
                Json.createObjectBuilder()
                    .add("periodStart", month.toString())
                    .add("periodEnd", month.plusMonths(1).minusDays(1).toString())
                    .add("lot", payload)
                    .add("provider", payload)
                    .add("value", 4)
                    .add("notes", payload)
                    .build()
                    .toString()));

    Browser browser = session.browser();
    browser.signInAsAdmin();
    String typed = URLEncoder.encode(payload, StandardCharsets.UTF_8);
    for (String page :
        List.of(
            "admin/providers/index.xhtml?council=" + council,
            "admin/providers/index.xhtml?council=" + council + "&q=" + typed,
            "admin/providers/quality.xhtml?council=" + council,
            "admin/providers/themes.xhtml?council=" + council,
            "admin/providers/import.xhtml?council=" + council,
            "admin/kpis/index.xhtml",
            "admin/kpis/edit.xhtml?id=" + kpi,
            "admin/kpis/submission.xhtml?id=" + submission,
            "admin/audit/index.xhtml?council=" + council)) {
      browser.open(page);
      assertNothingRan(browser, page);
    }
    for (String page :
        List.of(
            "admin/providers/provider.xhtml?id=" + provider,
            "admin/providers/themes.xhtml?council=" + council,
            "admin/kpis/kpi.xhtml?id=" + kpi,
            "admin/kpis/submission.xhtml?id=" + submission)) {
      browser.open(page);
      assertShownAsText(browser, page, payload);
    }
    browser.assertAccessible();
  }

  /** The value a description list gives for a term. */
  private static By described(String term) {
    return By.xpath("//dt[normalize-space(.)='" + term + "']/following-sibling::dd[1]");
  }

  /**
   * Framework versions, which administrators copy and edit: stored through the API, shown on the
   * framework list and the version's page, and nothing runs. Fields: version code (refused), name,
   * version label, description, theme title, evidence category name, statement title, description
   * and other name, new statement code (refused): 10 fields per payload, shown on the framework
   * list, the version's page and its forms, and the statement's form.
   */
  @ParameterizedTest
  @MethodSource("payloads")
  void aPayloadInEveryFrameworkFieldIsShownAsTextAndNeverRuns(String payload) {
    Api admin = Api.asAdmin();
    String code = "xss-" + System.nanoTime() % 1_000_000_000L;
    String copy =
        "{\"copyOf\":\"cqc-la-2023\",\"code\":%s,\"name\":%s,\"versionLabel\":%s,"
            + "\"description\":%s}";
    String text = Json.createValue(payload).toString();
    assertThat(admin.post("api/v1/frameworks", copy.formatted(text, text, text, text)).status())
        .isEqualTo(400);
    Api.Reply created =
        admin.post("api/v1/frameworks", copy.formatted(Json.createValue(code), text, text, text));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String base = "api/v1/frameworks/" + code;
    Api.Reply theme =
        Api.asAdmin()
            .header("If-Match", created.header("ETag"))
            .put(base + "/themes/LEADERSHIP", json("title", payload));
    assertThat(theme.status()).as(theme.toString()).isEqualTo(200);
    Api.Reply category =
        Api.asAdmin()
            .header("If-Match", theme.header("ETag"))
            .put(base + "/evidence-categories/PROCESSES", json("name", payload));
    assertThat(category.status()).as(category.toString()).isEqualTo(200);
    Api.Reply statement =
        Api.asAdmin()
            .header("If-Match", category.header("ETag"))
            .put(
                base + "/statements/QS1",
                "{\"title\":%s,\"description\":%s,\"aliases\":[%s]}".formatted(text, text, text));
    assertThat(statement.status()).as(statement.toString()).isEqualTo(200);
    assertThat(
            Api.asAdmin()
                .header("If-Match", statement.header("ETag"))
                .post(
                    base + "/statements",
                    "{\"theme\":\"LEADERSHIP\",\"code\":%s,\"title\":\"x\"}".formatted(text))
                .status())
        .isEqualTo(400);

    Browser browser = session.browser();
    browser.signInAsAdmin();
    browser.open("admin/frameworks/index.xhtml");
    assertShownAsText(browser, "framework list", payload);
    browser.open("admin/frameworks/framework.xhtml?code=" + code);
    assertShownAsText(browser, "framework version", payload);
    assertThat(browser.heading()).isEqualTo(payload);
    assertThat(browser.value("details:name")).isEqualTo(payload);
    browser.open("admin/frameworks/statement.xhtml?code=" + code + "&statement=QS1");
    assertNothingRan(browser, "statement");
    assertThat(browser.value("statement:title")).isEqualTo(payload);
    assertThat(browser.value("statement:description")).isEqualTo(payload);
    assertThat(browser.value("statement:aliases")).isEqualTo(payload);
  }

  /** A CSV cell as a spreadsheet writes it: quoted, inner quotes doubled. */
  private static String csvCell(String text) {
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
