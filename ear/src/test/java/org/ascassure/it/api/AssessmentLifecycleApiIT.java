package org.ascassure.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.ascassure.it.Api;
import org.ascassure.it.AscAssureServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AscAssureServer.class)
class AssessmentLifecycleApiIT {

  private static final String PUBLISHED_30_NOVEMBER_2023 =
      "{\"framework\":\"cqc-la-2023\",\"publishedOn\":\"2023-11-30\",\"scores\":"
          + "{\"QS1\":2,\"QS2\":2,\"QS3\":1,\"QS4\":2,\"QS5\":2,\"QS6\":2,\"QS7\":2,\"QS8\":2,"
          + "\"QS9\":3}}";

  private static long assessment(long council, String outcome) {
    return ImprovementFixture.idOf(
        Api.asAdmin().post("api/v1/councils/" + council + "/assessments", outcome));
  }

  @Test
  void deadlinesFollowThePublicationDateAcrossALeapFebruary() {
    long council = Api.newCouncil("Leap Year Council");
    long id = assessment(council, PUBLISHED_30_NOVEMBER_2023);

    JsonObject followUp =
        Api.as(Api.AUDITOR).get("api/v1/assessments/" + id + "/deadlines").object();

    assertThat(followUp.getString("rating")).isEqualTo("REQUIRES_IMPROVEMENT");
    List<JsonObject> deadlines = followUp.getJsonArray("deadlines").getValuesAs(JsonObject.class);
    assertThat(deadlines.subList(0, 3))
        .extracting(d -> d.getString("code") + " " + d.getString("dueOn"))
        .containsExactly(
            "STAGE_1_RESPONSE 2023-12-10",
            "STAGE_2_REVIEW 2024-02-29",
            "STAGE_3_DHSC_UPDATE 2024-05-30");
    assertThat(followUp.getJsonArray("notifiedToSecretaryOfState").getValuesAs(JsonString.class))
        .extracting(JsonString::getString)
        .containsExactly("QS3");
  }

  @Test
  void aGoodRatingHasNoFollowUpDeadlines() {
    long council = Api.newCouncil("Good Council");
    long id =
        assessment(
            council,
            "{\"framework\":\"cqc-la-2023\",\"publishedOn\":\"2025-01-15\",\"scores\":{\"QS1\":3,\"QS2\":3}}");

    assertThat(
            Api.as(Api.LEAD)
                .get("api/v1/assessments/" + id + "/deadlines")
                .object()
                .getJsonArray("deadlines"))
        .isEmpty();
  }

  @Test
  void aDirectorRecordsTheTimelineAndSeesWhatIsDueNext() {
    long council = Api.newCouncil("Timeline Council");
    long id = assessment(council, ImprovementFixture.REQUIRES_IMPROVEMENT);
    Api director = Api.as(Api.DIRECTOR);

    Api.Reply listed =
        director.post(
            "api/v1/assessments/" + id + "/milestones",
            "{\"kind\":\"CASE_LIST_SUBMITTED\",\"actualOn\":\"2025-02-10\",\"caseCount\":48}");
    assertThat(listed.status()).isEqualTo(201);
    assertThat(listed.header("Location")).endsWith("/milestones/CASE_LIST_SUBMITTED");
    Api.Reply twice =
        director.post(
            "api/v1/assessments/" + id + "/milestones",
            "{\"kind\":\"CASE_LIST_SUBMITTED\",\"actualOn\":\"2025-02-11\"}");
    assertThat(twice.status()).isEqualTo(409);

    Api.Reply corrected =
        Api.as(Api.DIRECTOR)
            .header("If-Match", listed.header("ETag"))
            .put(
                "api/v1/assessments/" + id + "/milestones/CASE_LIST_SUBMITTED",
                "{\"actualOn\":\"2025-02-11\",\"caseCount\":50}");
    assertThat(corrected.status()).isEqualTo(200);
    Api.Reply stale =
        Api.as(Api.DIRECTOR)
            .header("If-Match", listed.header("ETag"))
            .put(
                "api/v1/assessments/" + id + "/milestones/CASE_LIST_SUBMITTED",
                "{\"actualOn\":\"2025-02-12\",\"caseCount\":51}");
    assertThat(stale.status()).isEqualTo(412);

    JsonObject timeline =
        Api.as(Api.AUDITOR).get("api/v1/assessments/" + id + "/milestones").object();
    assertThat(timeline.getJsonArray("milestones").getValuesAs(JsonObject.class))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.getString("actualOn")).isEqualTo("2025-02-11");
              assertThat(m.getInt("caseCount")).isEqualTo(50);
              assertThat(m.getString("label")).isEqualTo("Case-tracking list submitted");
            });
    // every milestone reached: next comes the first follow-up still ahead
    assertThat(timeline.getJsonObject("nextDue").getString("what")).contains("DHSC");
  }

  @Test
  void badMilestonesAndFindingsAreExplainedFieldByField() {
    long council = Api.newCouncil("Careless Council");
    long id = assessment(council, ImprovementFixture.REQUIRES_IMPROVEMENT);

    Api.Reply milestone =
        Api.asAdmin()
            .post(
                "api/v1/assessments/" + id + "/milestones",
                "{\"kind\":\"VISIT\",\"plannedOn\":\"31/02/2025\"}");
    assertThat(milestone.status()).isEqualTo(400);
    assertThat(milestone.contentType()).startsWith("application/problem+json");
    assertThat(milestone.object().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .containsExactlyInAnyOrder("kind", "plannedOn");

    Api.Reply finding =
        Api.as(Api.DIRECTOR)
            .post(
                "api/v1/assessments/" + id + "/findings",
                "{\"statement\":\"QS12\",\"kind\":\"STRENGTH\",\"text\":\" \"}");
    assertThat(finding.status()).isEqualTo(400);
    assertThat(finding.object().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .containsExactlyInAnyOrder("statement", "text");
  }

  @Test
  void findingsAreListedPerStatementAndLeadsCannotAddThem() {
    long council = Api.newCouncil("Findings Council");
    long id = assessment(council, ImprovementFixture.REQUIRES_IMPROVEMENT);
    Api.as(Api.DIRECTOR)
        .post(
            "api/v1/assessments/" + id + "/findings",
            "{\"statement\":\"qs3\",\"kind\":\"AREA_FOR_IMPROVEMENT\",\"text\":\"Outcome data by group missing\"}");
    Api.as(Api.DIRECTOR)
        .post(
            "api/v1/assessments/" + id + "/findings",
            "{\"statement\":\"QS1\",\"kind\":\"STRENGTH\",\"text\":\"Personal care plans\"}");

    assertThat(
            Api.as(Api.LEAD)
                .post(
                    "api/v1/assessments/" + id + "/findings",
                    "{\"statement\":\"QS1\",\"kind\":\"STRENGTH\",\"text\":\"Mine\"}")
                .status())
        .isEqualTo(403);
    assertThat(
            Api.as(Api.LEAD)
                .get("api/v1/assessments/" + id + "/findings")
                .array()
                .getValuesAs(JsonObject.class))
        .extracting(f -> f.getString("statement") + " " + f.getString("kind"))
        .containsExactly("QS1 STRENGTH", "QS3 AREA_FOR_IMPROVEMENT");
  }

  @Test
  void aDirectorCorrectsAndDeletesAFindingAndTheAuditTrailRecordsBoth() {
    long council = Api.newCouncil("Finding Correction Council");
    long id = assessment(council, ImprovementFixture.REQUIRES_IMPROVEMENT);
    long elsewhere = assessment(council, ImprovementFixture.REQUIRES_IMPROVEMENT);
    Api.Reply made =
        Api.as(Api.DIRECTOR)
            .post(
                "api/v1/assessments/" + id + "/findings",
                "{\"statement\":\"QS2\",\"kind\":\"STRENGTH\",\"text\":\"Carers' offer\"}");
    assertThat(made.status()).isEqualTo(201);
    long finding = made.object().getJsonNumber("id").longValue();
    String path = "api/v1/assessments/" + id + "/findings/" + finding;
    String corrected =
        "{\"statement\":\"QS3\",\"kind\":\"AREA_FOR_IMPROVEMENT\",\"text\":\"Carers' waits\"}";

    assertThat(Api.as(Api.DIRECTOR).put(path, corrected).status())
        .as("a change without If-Match")
        .isEqualTo(428);
    assertThat(
            Api.as(Api.LEAD).header("If-Match", made.header("ETag")).put(path, corrected).status())
        .as("leads read findings but do not change them")
        .isEqualTo(403);
    assertThat(
            Api.as(Api.DIRECTOR)
                .header("If-Match", made.header("ETag"))
                .put("api/v1/assessments/" + elsewhere + "/findings/" + finding, corrected)
                .status())
        .as("a finding is changed only under its own assessment")
        .isEqualTo(404);
    Api.Reply bad =
        Api.as(Api.DIRECTOR)
            .header("If-Match", made.header("ETag"))
            .put(path, "{\"statement\":\"QS99\",\"kind\":\"PRAISE\",\"text\":\"x\"}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.contentType()).startsWith("application/problem+json");
    assertThat(bad.object().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .contains("kind");

    Api.Reply changed =
        Api.as(Api.DIRECTOR).header("If-Match", made.header("ETag")).put(path, corrected);
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.object().getString("statement")).isEqualTo("QS3");
    assertThat(changed.header("ETag")).isNotEqualTo(made.header("ETag"));
    assertThat(
            Api.as(Api.DIRECTOR)
                .header("If-Match", made.header("ETag"))
                .put(path, corrected.replace("waits", "delays"))
                .status())
        .as("a change made on a stale copy")
        .isEqualTo(412);
    JsonObject listed =
        Api.as(Api.AUDITOR)
            .get("api/v1/assessments/" + id + "/findings")
            .array()
            .getValuesAs(JsonObject.class)
            .get(0);
    assertThat(listed.getString("statement") + " " + listed.getString("kind"))
        .isEqualTo("QS3 AREA_FOR_IMPROVEMENT");
    assertThat("\"" + listed.getJsonNumber("version") + "\"")
        .as("the list carries the version to send back")
        .isEqualTo(changed.header("ETag"));

    assertThat(Api.as(Api.AUDITOR).send("DELETE", path, null, null).status()).isEqualTo(403);
    assertThat(Api.as(Api.DIRECTOR).send("DELETE", path, null, null).status()).isEqualTo(204);
    assertThat(Api.as(Api.DIRECTOR).get("api/v1/assessments/" + id + "/findings").array())
        .isEmpty();
    assertThat(Api.as(Api.DIRECTOR).send("DELETE", path, null, null).status()).isEqualTo(404);

    List<JsonObject> history =
        Api.as(Api.AUDITOR)
            .get("api/v1/audit?entityType=Finding&entityId=" + finding)
            .array()
            .getValuesAs(JsonObject.class);
    assertThat(history)
        .as("newest first: deleted, corrected, recorded - all by the director")
        .extracting(r -> r.getString("action") + " " + r.getString("actor"))
        .containsExactly(
            "DELETE " + Api.DIRECTOR, "UPDATE " + Api.DIRECTOR, "CREATE " + Api.DIRECTOR);
    JsonObject update = history.get(1).getJsonObject("changes");
    assertThat(update.keySet()).containsExactlyInAnyOrder("statement", "kind", "text");
    assertThat(update.getJsonObject("text").getString("before")).isEqualTo("Carers' offer");
    assertThat(update.getJsonObject("text").getString("after")).isEqualTo("Carers' waits");
    assertThat(history.get(0).getJsonNumber("councilId").longValue()).isEqualTo(council);
  }

  @Test
  void administratorsChangeTheDeadlineRulesAndDeadlinesFollow() {
    Api admin = Api.asAdmin();
    JsonObject stage1 =
        admin.get("api/v1/deadline-rules").array().getValuesAs(JsonObject.class).stream()
            .filter(r -> r.getString("code").equals("STAGE_1_RESPONSE"))
            .findFirst()
            .orElseThrow();
    String path = "api/v1/deadline-rules/" + stage1.getJsonNumber("id").longValue();
    Api.Reply current = admin.get(path);
    long council = Api.newCouncil("Rule Change Council");
    long id = assessment(council, PUBLISHED_30_NOVEMBER_2023);
    try {
      Api.Reply changed =
          Api.asAdmin()
              .header("If-Match", current.header("ETag"))
              .put(
                  path,
                  "{\"label\":\"Stage 1 response\",\"ratings\":[\"REQUIRES_IMPROVEMENT\",\"INADEQUATE\"],"
                      + "\"offset\":14,\"unit\":\"DAYS\",\"occurrences\":1}");
      assertThat(changed.status()).isEqualTo(200);
      assertThat(
              Api.as(Api.DIRECTOR)
                  .get("api/v1/assessments/" + id + "/deadlines")
                  .object()
                  .getJsonArray("deadlines")
                  .getJsonObject(0)
                  .getString("dueOn"))
          .isEqualTo("2023-12-14");
      assertThat(
              Api.as(Api.DIRECTOR)
                  .header("If-Match", changed.header("ETag"))
                  .put(path, current.body())
                  .status())
          .isEqualTo(403);
      Api.Reply restored =
          Api.asAdmin().header("If-Match", changed.header("ETag")).put(path, current.body());
      assertThat(restored.status()).isEqualTo(200);
    } finally {
      Api.Reply now = Api.asAdmin().get(path);
      if (now.object().getInt("offset") != 10) {
        Api.asAdmin().header("If-Match", now.header("ETag")).put(path, current.body());
      }
    }
    assertThat(
            Api.as(Api.DIRECTOR)
                .get("api/v1/assessments/" + id + "/deadlines")
                .object()
                .getJsonArray("deadlines")
                .getJsonObject(0)
                .getString("dueOn"))
        .isEqualTo("2023-12-10");
  }
}
