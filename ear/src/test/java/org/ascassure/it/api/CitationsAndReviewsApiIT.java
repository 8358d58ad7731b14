package org.ascassure.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import org.ascassure.it.Api;
import org.ascassure.it.AscAssureServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Citation integrity and auditor review through the API: what a lead sees wrong with their
 * citations, and how an auditor's query is answered and closed.
 */
@ExtendWith(AscAssureServer.class)
class CitationsAndReviewsApiIT {

  private static long evidence(long council, String title, String statement, String category) {
    Api.Reply created =
        Api.as(Api.LEAD)
            .post(
                "api/v1/councils/" + council + "/evidence",
                "{\"title\":\""
                    + title
                    + "\",\"categories\":[\""
                    + category
                    + "\"],\"statements\":[\""
                    + statement
                    + "\"],\"owner\":\"Head of Quality\",\"evidenceDate\":\"2025-10-01\","
                    + "\"status\":\"CURRENT\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.object().getJsonNumber("id").longValue();
  }

  private static long selfAssessment(long council) {
    return Api.as(Api.LEAD)
        .post(
            "api/v1/councils/" + council + "/self-assessments",
            "{\"title\":\"Citations\",\"periodLabel\":\"2025/26\"}")
        .object()
        .getJsonNumber("id")
        .longValue();
  }

  private static void write(long sa, String code, String html) {
    String path = "api/v1/self-assessments/" + sa + "/statements/" + code + "/narrative";
    String etag = Api.as(Api.LEAD).get(path).header("ETag");
    Api.Reply saved =
        Api.as(Api.LEAD)
            .header("If-Match", etag)
            .put(path, "{\"html\":" + Json.createValue(html) + "}");
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
  }

  @Test
  void theReportNamesBrokenCitationsTheirLikelyMeaningAndEvidenceNobodyCites() {
    long council = Api.newCouncil("Citing County Council");
    long e1 = evidence(council, "Front door dashboard", "QS1", "PROCESSES");
    long e2 = evidence(council, "Carers survey", "QS1", "PEOPLES_EXPERIENCE");
    long e3 = evidence(council, "Waiting list procedure", "QS1", "PROCESSES");
    long e4 = evidence(council, "Partner feedback", "QS5", "PARTNERS");
    String e2Etag = Api.as(Api.LEAD).get("api/v1/evidence/" + e2).header("ETag");
    Api.as(Api.LEAD)
        .header("If-Match", e2Etag)
        .post("api/v1/evidence/" + e2 + "/withdrawal", "{\"reason\":\"Too few replies\"}");
    long sa = selfAssessment(council);
    write(sa, "QS1", "<p>Contacts resolved on the day (E1, E2).</p><p>Risk is reviewed (D3).</p>");
    write(sa, "QS2", "<p>Prevention works (E1) and (E9).</p>");

    JsonObject report =
        Api.as(Api.AUDITOR).get("api/v1/self-assessments/" + sa + "/citations").object();

    assertThat(report.getInt("citations")).isEqualTo(5);
    JsonArray cited = report.getJsonArray("cited");
    assertThat(cited.getJsonObject(0).getString("ref")).isEqualTo("E1");
    assertThat(cited.getJsonObject(0).getJsonArray("places")).hasSize(2);
    assertThat(report.getJsonArray("problems").getJsonObject(0).getString("ref")).isEqualTo("E2");
    assertThat(report.getJsonArray("problems").getJsonObject(0).getString("problem"))
        .contains("Withdrawn");
    JsonArray unresolved = report.getJsonArray("unresolved");
    assertThat(unresolved.getJsonObject(0).getString("written")).isEqualTo("D3");
    assertThat(unresolved.getJsonObject(0).getString("suggestion")).isEqualTo("E3");
    assertThat(unresolved.getJsonObject(1).getString("written")).isEqualTo("E9");
    assertThat(unresolved.getJsonObject(1).containsKey("suggestion")).isFalse();
    assertThat(report.getJsonArray("uncited").toString()).contains("\"E3\"", "\"E4\"");
    assertThat(report.getInt("issues"))
        .isEqualTo(
            unresolved.size()
                + report.getJsonArray("problems").size()
                + report.getJsonArray("uncited").size());
    assertThat(Api.as(Api.LEAD).get("api/v1/evidence/" + e1 + "/citations").array().toString())
        .contains("STATEMENT_PERFORMANCE:QS1", "STATEMENT_PERFORMANCE:QS2");
    JsonObject coverage =
        Api.as(Api.DIRECTOR).get("api/v1/self-assessments/" + sa + "/coverage").object();
    JsonObject qs1 = coverage.getJsonArray("rows").getJsonObject(0);
    assertThat(qs1.getString("statement")).isEqualTo("QS1");
    assertThat(qs1.getInt("citations")).isEqualTo(3);
    // E1 and E3 are processes; E2 is withdrawn and no longer counts
    assertThat(qs1.getJsonArray("cells").toString()).contains("\"PROCESSES\"");
    assertThat(
            qs1.getJsonArray("cells").getValuesAs(JsonObject.class).stream()
                .filter(cell -> cell.getInt("items") == 0)
                .count())
        .isEqualTo(3);
    assertThat(qs1.getInt("gaps")).isEqualTo(3);
    assertThat(e4).isPositive();
  }

  @Test
  void anAuditorQueriesALeadAnswersAndTheAuditorResolves() {
    long council = Api.newCouncil("Audited Borough Council");
    long sa = selfAssessment(council);
    write(sa, "QS7", "<p>Enquiries are faster (E1).</p>");
    String reviews =
        "api/v1/self-assessments/" + sa + "/narratives/STATEMENT_PERFORMANCE:QS7/reviews";

    Api.Reply leadTries = Api.as(Api.LEAD).post(reviews, "{\"verdict\":\"ACCEPTED\"}");
    Api.Reply noQuestion = Api.as(Api.AUDITOR).post(reviews, "{\"verdict\":\"QUERIED\"}");
    Api.Reply query =
        Api.as(Api.AUDITOR)
            .post(reviews, "{\"verdict\":\"QUERIED\",\"text\":\"Faster than what baseline?\"}");
    long review = query.object().getJsonNumber("id").longValue();
    JsonArray open = Api.as(Api.LEAD).get("api/v1/councils/" + council + "/open-queries").array();
    Api.Reply answer =
        Api.as(Api.LEAD)
            .post(
                "api/v1/reviews/" + review + "/replies",
                "{\"text\":\"Against 2024/25: 31 to 22 days.\"}");
    JsonArray queue =
        Api.as(Api.AUDITOR).get("api/v1/councils/" + council + "/review-queue").array();
    Api.Reply leadResolves =
        Api.as(Api.LEAD).post("api/v1/reviews/" + review + "/resolution", "{}");
    Api.Reply resolved =
        Api.as(Api.AUDITOR)
            .post("api/v1/reviews/" + review + "/resolution", "{\"note\":\"Baseline added.\"}");
    Api.Reply late =
        Api.as(Api.LEAD).post("api/v1/reviews/" + review + "/replies", "{\"text\":\"More\"}");

    assertThat(leadTries.status()).isEqualTo(403);
    assertThat(noQuestion.status()).isEqualTo(400);
    assertThat(noQuestion.object().getJsonArray("errors").toString()).contains("question");
    assertThat(query.status()).as(query.toString()).isEqualTo(201);
    assertThat(open).hasSize(1);
    assertThat(open.getJsonObject(0).getBoolean("answered")).isFalse();
    assertThat(answer.status()).isEqualTo(201);
    assertThat(answer.object().getBoolean("answered")).isTrue();
    assertThat(queue.getJsonObject(0).getString("reason")).startsWith("Answered");
    assertThat(leadResolves.status()).isEqualTo(403);
    assertThat(resolved.object().getBoolean("open")).isFalse();
    assertThat(late.status()).isEqualTo(409);
    assertThat(Api.as(Api.LEAD).get("api/v1/councils/" + council + "/open-queries").array())
        .isEmpty();
    // what the auditor audits stays as its author wrote it
    String path = "api/v1/self-assessments/" + sa + "/statements/QS7/narrative";
    Api.Reply auditorEdits =
        Api.as(Api.AUDITOR)
            .header("If-Match", Api.as(Api.LEAD).get(path).header("ETag"))
            .put(path, "{\"html\":\"<p>Changed</p>\"}");
    assertThat(auditorEdits.status()).isEqualTo(403);
  }

  @Test
  void aRejectedItemIsReportedWhereverItIsCited() {
    long council = Api.newCouncil("Rejecting City Council");
    long e1 = evidence(council, "Pilot evaluation", "QS2", "PROCESSES");
    long sa = selfAssessment(council);
    write(sa, "QS2", "<p>Fewer visits (E1).</p>");

    Api.Reply rejected =
        Api.as(Api.AUDITOR)
            .post(
                "api/v1/evidence/" + e1 + "/reviews",
                "{\"verdict\":\"REJECTED\",\"text\":\"Draft findings only.\"}");
    JsonObject report =
        Api.as(Api.LEAD).get("api/v1/self-assessments/" + sa + "/citations").object();

    assertThat(rejected.status()).as(rejected.toString()).isEqualTo(201);
    assertThat(report.getJsonArray("problems").getJsonObject(0).getString("problem"))
        .isEqualTo("Rejected by the auditor: Draft findings only.");
    assertThat(Api.as(Api.DIRECTOR).get("api/v1/evidence/" + e1 + "/reviews").array()).hasSize(1);
  }

  @Test
  void theDemoSelfAssessmentShowsBrokenCitationsGapsEmptyPartsAndAnOpenQueryOnFirstRun() {
    long fernshire = Api.demoCouncilId();
    JsonObject summary =
        Api.as(Api.LEAD)
            .get("api/v1/councils/" + fernshire + "/self-assessments")
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(s -> s.getString("title").equals("Fernshire adult social care self-assessment"))
            .findFirst()
            .orElseThrow();
    long sa = summary.getJsonNumber("id").longValue();
    String base = "api/v1/self-assessments/" + sa;

    JsonObject report = Api.as(Api.AUDITOR).get(base + "/citations").object();
    List<JsonObject> unresolved = report.getJsonArray("unresolved").getValuesAs(JsonObject.class);
    assertThat(unresolved)
        .as("the typo D20 is offered the reference it probably meant")
        .anySatisfy(
            u -> {
              assertThat(u.getString("written")).isEqualTo("D20");
              assertThat(u.getString("suggestion")).isEqualTo("E20");
            });
    assertThat(unresolved)
        .extracting(u -> u.getString("written"))
        .as("numbers that no item has")
        .contains("E47", "E51");
    assertThat(report.getJsonArray("problems"))
        .as("expired, withdrawn, draft, rejected")
        .isNotEmpty();
    assertThat(report.getJsonArray("cited").size()).isGreaterThan(10);
    assertThat(report.getInt("issues")).isGreaterThanOrEqualTo(unresolved.size() + 1);

    List<JsonObject> rows =
        Api.as(Api.DIRECTOR)
            .get(base + "/coverage")
            .object()
            .getJsonArray("rows")
            .getValuesAs(JsonObject.class);
    assertThat(rows).hasSize(9);
    assertThat(rows)
        .as("some statements lack evidence of some kind")
        .anySatisfy(r -> assertThat(r.getInt("gaps")).isPositive());
    assertThat(rows)
        .as("and some are covered")
        .anySatisfy(r -> assertThat(r.getInt("gaps")).isLessThan(r.getJsonArray("cells").size()));

    List<JsonObject> parts =
        Api.as(Api.LEAD)
            .get(base)
            .object()
            .getJsonArray("narratives")
            .getValuesAs(JsonObject.class);
    long empty = parts.stream().filter(p -> p.getBoolean("empty")).count();
    assertThat(empty).as("some parts are still to write").isPositive().isLessThan(parts.size() / 2);
    assertThat(Api.as(Api.LEAD).get(base + "/versions").array())
        .as("a first draft was published")
        .isNotEmpty();

    List<JsonObject> queries =
        Api.as(Api.LEAD)
            .get("api/v1/councils/" + fernshire + "/open-queries")
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(q -> q.getString("targetType").equals("NARRATIVE"))
            .filter(q -> !q.isNull("selfAssessmentId"))
            .filter(q -> q.getJsonNumber("selfAssessmentId").longValue() == sa)
            .toList();
    assertThat(queries)
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.getString("verdict")).isEqualTo("QUERIED");
              assertThat(q.getString("text")).contains("E47 does not exist");
              assertThat(q.getBoolean("open")).isTrue();
            });
  }
}
