package org.ascassure.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.ascassure.it.Api;
import org.ascassure.it.AscAssureServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AscAssureServer.class)
class ImprovementPlansApiIT {

  private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/London"));

  private record Plan(long council, long plan, long workstream) {}

  private static Plan plan(String name) {
    long council = Api.newCouncil(name);
    long assessment = ImprovementFixture.newAssessment(council);
    Api director = Api.as(Api.DIRECTOR);
    Api.Reply created =
        director.post(
            "api/v1/councils/" + council + "/improvement-plans",
            "{\"title\":\"Improvement plan\",\"assessmentId\":" + assessment + "}");
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location")).matches(".*/api/v1/improvement-plans/\\d+");
    long plan = ImprovementFixture.idOf(created);
    long workstream =
        ImprovementFixture.idOf(
            director.post(
                "api/v1/improvement-plans/" + plan + "/workstreams",
                "{\"title\":\"Timely assessments\",\"leadName\":\"Priya Hollis\","
                    + "\"statementCodes\":[\"QS1\",\"qs4\"],\"costLow\":650000,\"costHigh\":820000,"
                    + "\"deliveryGroup\":\"Front door group\"}"));
    return new Plan(council, plan, workstream);
  }

  private static long action(Plan p, String title, String owner, LocalDate due) {
    return ImprovementFixture.idOf(
        Api.as(Api.DIRECTOR)
            .post(
                "api/v1/workstreams/" + p.workstream() + "/actions",
                ImprovementFixture.action(title, owner, due)));
  }

  /** The action as read, with one field replaced, ready to PUT back. */
  private static String with(JsonObject action, String field, String jsonValue) {
    var builder = jakarta.json.Json.createObjectBuilder(action);
    builder.add(
        field,
        jakarta.json.Json.createReader(new java.io.StringReader("[" + jsonValue + "]"))
            .readArray()
            .get(0));
    return builder.build().toString();
  }

  private static long finding(long assessment, String statement, String kind, String text) {
    return ImprovementFixture.idOf(
        Api.as(Api.DIRECTOR)
            .post(
                "api/v1/assessments/" + assessment + "/findings",
                "{\"statement\":\""
                    + statement
                    + "\",\"kind\":\""
                    + kind
                    + "\",\"text\":\""
                    + text
                    + "\"}"));
  }

  private static long publishedTenDaysAgo(long council) {
    return ImprovementFixture.idOf(
        Api.asAdmin()
            .post(
                "api/v1/councils/" + council + "/assessments",
                ImprovementFixture.REQUIRES_IMPROVEMENT.replace(
                    "2025-06-30", TODAY.minusDays(10).toString())));
  }

  @Test
  void aPlanStartedFromTheAreasForImprovementHasAWorkstreamPerThemeAndAnActionPerArea() {
    long council = Api.newCouncil("Findings Plan Council");
    long assessment = publishedTenDaysAgo(council);
    long waits = finding(assessment, "QS1", "AREA_FOR_IMPROVEMENT", "Long waits for assessments");
    finding(assessment, "QS2", "STRENGTH", "A strong prevention offer");
    long transitions =
        finding(assessment, "QS6", "AREA_FOR_IMPROVEMENT", "Transitions at 18 are late");

    Api.Reply created =
        Api.as(Api.DIRECTOR)
            .post(
                "api/v1/councils/" + council + "/improvement-plans",
                "{\"assessmentId\":" + assessment + ",\"fromFindings\":true}");

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location")).matches(".*/api/v1/improvement-plans/\\d+");
    assertThat(created.object().getString("title"))
        .startsWith("Improvement plan: CQC assessment published ");
    long plan = created.object().getJsonNumber("id").longValue();
    List<JsonObject> streams =
        Api.as(Api.AUDITOR)
            .get("api/v1/improvement-plans/" + plan + "/workstreams")
            .array()
            .getValuesAs(JsonObject.class);
    assertThat(streams)
        .extracting(w -> w.getString("title") + " " + w.getJsonArray("statementCodes"))
        .containsExactly(
            "Working with people [\"QS1\"]", "Ensuring safety within the system [\"QS6\"]");
    List<JsonObject> people =
        Api.as(Api.AUDITOR)
            .get("api/v1/workstreams/" + streams.get(0).getInt("id") + "/actions")
            .array()
            .getValuesAs(JsonObject.class);
    assertThat(people).hasSize(1);
    JsonObject action = people.get(0);
    assertThat(action.getString("title")).isEqualTo("Long waits for assessments");
    assertThat(action.getString("description"))
        .contains("names this area for improvement under QS1")
        .endsWith("Long waits for assessments");
    assertThat(action.getJsonArray("findingIds").getJsonNumber(0).longValue()).isEqualTo(waits);
    assertThat(action.getJsonArray("statementCodes").getString(0)).isEqualTo("QS1");
    assertThat(action.getString("owner")).isEqualTo(Api.DIRECTOR);
    assertThat(action.getString("startOn")).isEqualTo(TODAY.toString());
    assertThat(action.getString("dueOn"))
        .as("due at the stage 2 action-plan review, three months after publication")
        .isEqualTo(TODAY.minusDays(10).plusMonths(3).toString());
    assertThat(action.getString("status")).isEqualTo("NOT_STARTED");

    Api.Reply chosen =
        Api.as(Api.DIRECTOR)
            .post(
                "api/v1/councils/" + council + "/improvement-plans",
                "{\"title\":\"Transitions plan\",\"assessmentId\":"
                    + assessment
                    + ",\"fromFindings\":true,\"findingIds\":["
                    + transitions
                    + "]}");
    assertThat(chosen.status()).isEqualTo(201);
    assertThat(
            Api.as(Api.DIRECTOR)
                .get(
                    "api/v1/improvement-plans/"
                        + chosen.object().getJsonNumber("id")
                        + "/workstreams")
                .array())
        .extracting(w -> w.asJsonObject().getString("title"))
        .containsExactly("Ensuring safety within the system");
  }

  @Test
  void aPlanFromFindingsIsRefusedForAnotherCouncilsAssessmentOtherRolesAndNoAreas() {
    long council = Api.newCouncil("Findings Refusal Council");
    long other = Api.newCouncilWithoutMembers("Findings Other Council");
    long mine = publishedTenDaysAgo(council);
    long theirs = publishedTenDaysAgo(other);
    finding(mine, "QS4", "STRENGTH", "Good partnership working");
    long strength = finding(mine, "QS4", "STRENGTH", "Joined-up hospital discharge");
    Api.asAdmin()
        .post(
            "api/v1/assessments/" + theirs + "/findings",
            "{\"statement\":\"QS1\",\"kind\":\"AREA_FOR_IMPROVEMENT\",\"text\":\"Waits\"}");
    String path = "api/v1/councils/" + council + "/improvement-plans";

    Api.Reply otherCouncils =
        Api.as(Api.DIRECTOR).post(path, "{\"assessmentId\":" + theirs + ",\"fromFindings\":true}");
    assertThat(otherCouncils.status()).isEqualTo(404);
    assertThat(otherCouncils.header("Content-Type")).startsWith("application/problem+json");

    for (String role : List.of(Api.AUDITOR, Api.LEAD)) {
      assertThat(
              Api.as(role)
                  .post(path, "{\"assessmentId\":" + mine + ",\"fromFindings\":true}")
                  .status())
          .as(role)
          .isEqualTo(403);
    }

    Api.Reply noAreas =
        Api.as(Api.DIRECTOR).post(path, "{\"assessmentId\":" + mine + ",\"fromFindings\":true}");
    assertThat(noAreas.status()).isEqualTo(400);
    assertThat(noAreas.object().getJsonArray("errors").getValuesAs(JsonObject.class))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getString("field")).isEqualTo("assessmentId");
              assertThat(e.getString("message")).contains("no areas for improvement");
            });

    finding(mine, "QS1", "AREA_FOR_IMPROVEMENT", "Waits");
    Api.Reply aStrength =
        Api.as(Api.DIRECTOR)
            .post(
                path,
                "{\"assessmentId\":"
                    + mine
                    + ",\"fromFindings\":true,\"findingIds\":["
                    + strength
                    + "]}");
    assertThat(aStrength.status()).isEqualTo(400);
    assertThat(aStrength.object().getJsonArray("errors").getJsonObject(0).getString("message"))
        .contains("is not an area for improvement");
    assertThat(Api.as(Api.DIRECTOR).get(path).array())
        .as("nothing refused left a plan behind")
        .isEmpty();
  }

  @Test
  void theOwningLeadBlocksAnActionAndItsRagTurnsRedWithTheReason() {
    Plan p = plan("Blocking Council");
    long id = action(p, "Clear the waiting list", Api.LEAD, TODAY.plusDays(60));
    Api.Reply read = Api.as(Api.LEAD).get("api/v1/actions/" + id);
    assertThat(read.object().getJsonObject("rag").getString("colour")).isIn("GREEN", "AMBER");

    String blocked =
        with(
                with(read.object(), "status", "\"BLOCKED\""),
                "blockedReason",
                "\"Waiting for the new case system\"")
            .toString();
    Api.Reply changed =
        Api.as(Api.LEAD)
            .header("If-Match", read.header("ETag"))
            .put("api/v1/actions/" + id, blocked);

    assertThat(changed.status()).isEqualTo(200);
    JsonObject rag = changed.object().getJsonObject("rag");
    assertThat(rag.getString("colour")).isEqualTo("RED");
    assertThat(rag.getString("reason")).isEqualTo("Blocked: Waiting for the new case system");
    assertThat(changed.header("ETag")).isNotEqualTo(read.header("ETag"));
  }

  private static JsonObject with(String json, String field, String value) {
    return jakarta.json.Json.createReader(
            new java.io.StringReader(
                with(
                    jakarta.json.Json.createReader(new java.io.StringReader(json)).readObject(),
                    field,
                    value)))
        .readObject();
  }

  @Test
  void aLeadMayUpdateOnlyTheProgressOfActionsTheyOwn() {
    Plan p = plan("Ownership Council");
    long mine = action(p, "Mine", Api.LEAD, TODAY.plusDays(60));
    long theirs = action(p, "Someone else's", "another.lead", TODAY.plusDays(60));

    Api.Reply other = Api.as(Api.LEAD).get("api/v1/actions/" + theirs);
    Api.Reply refused =
        Api.as(Api.LEAD)
            .header("If-Match", other.header("ETag"))
            .put("api/v1/actions/" + theirs, with(other.object(), "percentComplete", "40"));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.object().getString("detail")).contains("another.lead");
    assertThat(
            Api.as(Api.LEAD)
                .post("api/v1/actions/" + theirs + "/updates", "{\"note\":\"Done a bit\"}")
                .status())
        .isEqualTo(403);

    Api.Reply own = Api.as(Api.LEAD).get("api/v1/actions/" + mine);
    Api.Reply retitled =
        Api.as(Api.LEAD)
            .header("If-Match", own.header("ETag"))
            .put(
                "api/v1/actions/" + mine,
                with(own.object(), "dueOn", "\"" + TODAY.plusDays(200) + "\""));
    assertThat(retitled.status()).isEqualTo(403);
    assertThat(Api.as(Api.LEAD).get("api/v1/actions/" + mine).object().getString("dueOn"))
        .isEqualTo(TODAY.plusDays(60).toString());

    Api.Reply auditor =
        Api.as(Api.AUDITOR)
            .header("If-Match", own.header("ETag"))
            .put("api/v1/actions/" + mine, own.body());
    assertThat(auditor.status()).isEqualTo(403);
  }

  @Test
  void updatesNeedTheCurrentETag() {
    Plan p = plan("ETag Council");
    long id = action(p, "Versioned", Api.LEAD, TODAY.plusDays(60));
    Api.Reply read = Api.as(Api.DIRECTOR).get("api/v1/actions/" + id);

    assertThat(Api.as(Api.DIRECTOR).put("api/v1/actions/" + id, read.body()).status())
        .isEqualTo(428);
    assertThat(
            Api.as(Api.DIRECTOR)
                .header("If-Match", read.header("ETag"))
                .put("api/v1/actions/" + id, with(read.object(), "percentComplete", "10"))
                .status())
        .isEqualTo(200);
    Api.Reply stale =
        Api.as(Api.DIRECTOR)
            .header("If-Match", read.header("ETag"))
            .put("api/v1/actions/" + id, with(read.object(), "percentComplete", "20"));
    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.contentType()).startsWith("application/problem+json");
  }

  @Test
  void aDirectorOverridesTheRagWithAReasonShownBesideTheComputedOne() {
    Plan p = plan("Override Council");
    long id = action(p, "Overridden", Api.LEAD, TODAY.plusDays(90));
    Api.Reply read = Api.as(Api.DIRECTOR).get("api/v1/actions/" + id);

    Api.Reply noReason =
        Api.as(Api.DIRECTOR)
            .header("If-Match", read.header("ETag"))
            .put(
                "api/v1/actions/" + id, with(read.object(), "ragOverride", "{\"colour\":\"RED\"}"));
    assertThat(noReason.status()).isEqualTo(400);

    Api.Reply overridden =
        Api.as(Api.DIRECTOR)
            .header("If-Match", read.header("ETag"))
            .put(
                "api/v1/actions/" + id,
                with(
                    read.object(),
                    "ragOverride",
                    "{\"colour\":\"RED\",\"reason\":\"Provider exit\"}"));
    assertThat(overridden.status()).isEqualTo(200);
    JsonObject action = overridden.object();
    assertThat(action.getJsonObject("rag").getString("colour")).isEqualTo("RED");
    assertThat(action.getJsonObject("rag").getString("reason")).contains("Provider exit");
    assertThat(action.getJsonObject("computedRag").getString("colour")).isNotEqualTo("RED");
  }

  @Test
  void invalidActionsAreRefusedWithEveryProblemNamed() {
    Plan p = plan("Invalid Council");
    Api.Reply refused =
        Api.as(Api.DIRECTOR)
            .post(
                "api/v1/workstreams/" + p.workstream() + "/actions",
                "{\"title\":\" \",\"startOn\":\"2026-05-01\",\"dueOn\":\"2026-04-01\","
                    + "\"statementCodes\":[\"quality\"]}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.object().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .contains("title", "owner", "dueOn", "statementCodes");
  }

  @Test
  void progressNotesMakeTheActionsHistory() {
    Plan p = plan("History Council");
    long id = action(p, "With history", Api.LEAD, TODAY.plusDays(60));

    Api.Reply note =
        Api.as(Api.LEAD)
            .post(
                "api/v1/actions/" + id + "/updates",
                "{\"note\":\"Agency assessors started\",\"percentComplete\":30}");
    assertThat(note.status()).isEqualTo(201);
    assertThat(note.object().getString("author")).isEqualTo(Api.LEAD);
    assertThat(note.object().getString("statusAfter")).isEqualTo("IN_PROGRESS");

    List<JsonObject> history =
        Api.as(Api.AUDITOR)
            .get("api/v1/actions/" + id + "/history")
            .array()
            .getValuesAs(JsonObject.class);
    assertThat(history).extracting(h -> h.getString("kind")).contains("PROGRESS_NOTE", "CHANGE");
    assertThat(history)
        .filteredOn(h -> h.getString("kind").equals("PROGRESS_NOTE"))
        .singleElement()
        .satisfies(h -> assertThat(h.getString("text")).contains("Agency assessors started"));
  }

  @Test
  void theSummaryShowsRagPerWorkstreamOverdueSlippedDeadlinesAndCosts() {
    Plan p = plan("Summary Council");
    action(p, "Overdue", "someone", TODAY.minusDays(2));
    long slipping = action(p, "Slipping", Api.LEAD, TODAY.plusDays(60));
    action(p, "Soon", Api.LEAD, TODAY.plusDays(5));
    ImprovementFixture.idOf(
        Api.as(Api.DIRECTOR)
            .post(
                "api/v1/improvement-plans/" + p.plan() + "/snapshots",
                "{\"audience\":\"MONTHLY_BOARD\"}"));
    Api.Reply read = Api.as(Api.DIRECTOR).get("api/v1/actions/" + slipping);
    Api.as(Api.DIRECTOR)
        .header("If-Match", read.header("ETag"))
        .put(
            "api/v1/actions/" + slipping,
            with(read.object(), "dueOn", "\"" + TODAY.plusDays(120) + "\""));

    JsonObject summary =
        Api.as(Api.AUDITOR).get("api/v1/improvement-plans/" + p.plan() + "/summary").object();

    JsonObject counts =
        summary.getJsonArray("workstreams").getJsonObject(0).getJsonObject("ragCounts");
    assertThat(counts.getInt("RED")).isEqualTo(1);
    assertThat(counts.getInt("AMBER") + counts.getInt("GREEN")).isEqualTo(2);
    assertThat(summary.getJsonArray("overdue").getValuesAs(JsonObject.class))
        .extracting(a -> a.getString("title"))
        .containsExactly("Overdue");
    assertThat(summary.getJsonArray("slipped").getValuesAs(JsonObject.class))
        .extracting(c -> c.getJsonObject("after").getString("title"))
        .containsExactly("Slipping");
    assertThat(summary.getJsonArray("nextDeadlines")).isNotEmpty();
    assertThat(summary.getJsonNumber("costLowTotal").longValue()).isEqualTo(650_000L);
    assertThat(summary.getJsonNumber("costHighTotal").longValue()).isEqualTo(820_000L);
  }

  @Test
  void snapshotsStayAsFrozenAndCompareNewCompletedAndSlipped() {
    Plan p = plan("Snapshot Council");
    long finishing = action(p, "Finishing", Api.LEAD, TODAY.plusDays(60));
    long slipping = action(p, "Slipping", Api.LEAD, TODAY.plusDays(60));
    long quarter =
        ImprovementFixture.idOf(
            Api.as(Api.DIRECTOR)
                .post(
                    "api/v1/improvement-plans/" + p.plan() + "/snapshots",
                    "{\"audience\":\"QUARTERLY_DHSC\",\"takenOn\":\""
                        + TODAY.minusDays(1)
                        + "\"}"));
    String frozen =
        Api.as(Api.AUDITOR)
            .get("api/v1/improvement-plans/" + p.plan() + "/snapshots/" + quarter)
            .body();

    Api.as(Api.LEAD)
        .post(
            "api/v1/actions/" + finishing + "/updates",
            "{\"note\":\"All done\",\"status\":\"COMPLETE\"}");
    Api.as(Api.LEAD)
        .post(
            "api/v1/actions/" + slipping + "/updates",
            "{\"note\":\"Stuck\",\"status\":\"BLOCKED\",\"blockedReason\":\"No budget\"}");
    long added = action(p, "Added", "someone", TODAY.plusDays(90));
    long now =
        ImprovementFixture.idOf(
            Api.as(Api.DIRECTOR)
                .post(
                    "api/v1/improvement-plans/" + p.plan() + "/snapshots",
                    "{\"audience\":\"QUARTERLY_DHSC\"}"));

    assertThat(
            Api.as(Api.AUDITOR)
                .get("api/v1/improvement-plans/" + p.plan() + "/snapshots/" + quarter)
                .body())
        .isEqualTo(frozen);
    JsonObject changes =
        Api.as(Api.AUDITOR)
            .get(
                "api/v1/improvement-plans/"
                    + p.plan()
                    + "/snapshots/"
                    + now
                    + "/changes?since="
                    + quarter)
            .object();
    assertThat(changes.getJsonArray("newActions").getValuesAs(JsonObject.class))
        .extracting(a -> a.getJsonNumber("id").longValue())
        .containsExactly(added);
    assertThat(changes.getJsonArray("completed").getValuesAs(JsonObject.class))
        .extracting(c -> c.getJsonObject("after").getJsonNumber("id").longValue())
        .containsExactly(finishing);
    assertThat(changes.getJsonArray("slipped").getValuesAs(JsonObject.class))
        .extracting(c -> c.getJsonObject("after").getString("rag"))
        .containsExactly("RED");
    assertThat(changes.getJsonArray("ragChanges")).hasSize(2);

    assertThat(
            Api.as(Api.AUDITOR)
                .get("api/v1/improvement-plans/" + p.plan() + "/snapshots")
                .array()
                .getValuesAs(JsonObject.class))
        .extracting(s -> s.getJsonNumber("id").longValue())
        .containsExactly(now, quarter);
    Api.Reply future =
        Api.as(Api.DIRECTOR)
            .post(
                "api/v1/improvement-plans/" + p.plan() + "/snapshots",
                "{\"audience\":\"BOARD\",\"takenOn\":\"" + TODAY.plusDays(3) + "\"}");
    assertThat(future.status()).isEqualTo(400);
  }

  @Test
  void theDemoPlanShowsRedAndSlippedActionsOnFirstRun() {
    long fernshire = Api.demoCouncilId();
    JsonObject plan =
        Api.as(Api.DIRECTOR)
            .get("api/v1/councils/" + fernshire + "/improvement-plans")
            .array()
            .getJsonObject(0);
    long id = plan.getJsonNumber("id").longValue();

    JsonObject summary =
        Api.as(Api.DIRECTOR).get("api/v1/improvement-plans/" + id + "/summary").object();

    assertThat(summary.getJsonArray("workstreams")).hasSizeGreaterThanOrEqualTo(3);
    int red =
        summary.getJsonArray("workstreams").getValuesAs(JsonObject.class).stream()
            .mapToInt(w -> w.getJsonObject("ragCounts").getInt("RED"))
            .sum();
    assertThat(red).isGreaterThanOrEqualTo(2);
    assertThat(summary.getJsonArray("overdue")).isNotEmpty();
    assertThat(summary.getJsonArray("slipped")).isNotEmpty();
    assertThat(summary.getJsonArray("notifiedToSecretaryOfState").getString(0)).isEqualTo("QS3");
    assertThat(Api.as(Api.AUDITOR).get("api/v1/improvement-plans/" + id + "/snapshots").array())
        .hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void aDirectorWritesOneHighlightReportPerPeriodAndEditsItWithTheCurrentETag() {
    Plan p = plan("Highlight Council");
    action(p, "Overdue", Api.LEAD, TODAY.minusDays(2));
    Api director = Api.as(Api.DIRECTOR);
    String path = "api/v1/workstreams/" + p.workstream() + "/highlight-reports";

    Api.Reply invalid =
        director.post(path, "{\"period\":\"Q3\",\"achievements\":\" \",\"chosenRag\":\"GREEN\"}");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.contentType()).startsWith("application/problem+json");
    assertThat(invalid.body())
        .contains("\"period\"", "\"achievements\"", "\"nextSteps\"", "\"ragReason\"");

    String report =
        "{\"period\":\"2026-10\",\"achievements\":\"Triage pilot live.\","
            + "\"nextSteps\":\"Extend to the north team.\",\"risks\":\"Vacancies\","
            + "\"chosenRag\":\"AMBER\",\"ragReason\":\"The overdue action closes this week.\"}";
    Api.Reply created = director.post(path, report);
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location")).matches(".*/api/v1/highlight-reports/\\d+");
    JsonObject view = created.object();
    assertThat(view.getString("periodLabel")).isEqualTo("October 2026");
    assertThat(view.getJsonObject("computedRag").getString("colour")).isEqualTo("RED");
    assertThat(view.getString("chosenRag")).isEqualTo("AMBER");
    assertThat(view.getString("author")).isEqualTo(Api.DIRECTOR);

    assertThat(director.post(path, report).status()).isEqualTo(409);
    assertThat(Api.as(Api.AUDITOR).post(path, report).status()).isEqualTo(403);
    assertThat(Api.as(Api.AUDITOR).get(path).array()).hasSize(1);

    String one = created.header("Location").replaceFirst(".*/api/", "api/");
    String edited = report.replace("Triage pilot live.", "Triage pilot live in two teams.");
    assertThat(director.put(one, edited).status()).isEqualTo(428);
    Api.Reply changed = director.header("If-Match", created.header("ETag")).put(one, edited);
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.object().getString("achievements"))
        .isEqualTo("Triage pilot live in two teams.");
    Api.Reply stale =
        Api.as(Api.DIRECTOR).header("If-Match", created.header("ETag")).put(one, report);
    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.contentType()).startsWith("application/problem+json");
  }
}
