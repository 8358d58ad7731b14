package org.ascassure.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.ascassure.it.Api;
import org.ascassure.it.AscAssureServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Writing a self-assessment through the API, as leads, theme leads and directors do. */
@ExtendWith(AscAssureServer.class)
class SelfAssessmentsApiIT {

  private static final String QS1 = "api/v1/self-assessments/%d/statements/QS1/narrative";

  private static long start(long council) {
    Api.Reply created =
        Api.as(Api.LEAD)
            .post(
                "api/v1/councils/" + council + "/self-assessments",
                "{\"title\":\"Self-assessment 2026\",\"periodLabel\":\"2025/26\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.object().getJsonNumber("id").longValue();
  }

  private static Api.Reply save(Api api, String path, String etag, String html) {
    return api.header("If-Match", etag)
        .put(path, "{\"html\":" + jakarta.json.Json.createValue(html) + "}");
  }

  @Test
  void aLeadStartsOneAndFindsEveryPartTheFrameworkCallsFor() {
    long council = Api.newCouncil("Outline County Council");
    long id = start(council);

    JsonObject sa = Api.as(Api.AUDITOR).get("api/v1/self-assessments/" + id).object();

    assertThat(sa.getString("status")).isEqualTo("DRAFT");
    assertThat(sa.getJsonArray("narratives")).hasSize(32);
    assertThat(sa.getJsonArray("scores")).hasSize(9);
    assertThat(
            Api.as(Api.LEAD)
                .get("api/v1/councils/" + council + "/self-assessments")
                .header("X-Total-Count"))
        .isEqualTo("1");
  }

  @Test
  void narrativesAreSanitisedRevisedAndComparable() {
    long id = start(Api.newCouncil("Revision Borough Council"));
    String path = QS1.formatted(id);
    Api.Reply read = Api.as(Api.LEAD).get(path);

    Api.Reply first =
        save(
            Api.as(Api.LEAD),
            path,
            read.header("ETag"),
            "<p>Reviews are timely (E1)<img src=x onerror=alert(1)><script>alert(2)</script></p>");
    Api.Reply second =
        save(Api.as(Api.LEAD), path, first.header("ETag"), "<p>Reviews are quick (E1)</p>");

    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(first.object().getString("html")).isEqualTo("<p>Reviews are timely (E1)</p>");
    assertThat(second.object().getInt("revision")).isEqualTo(2);
    assertThat(Api.as(Api.AUDITOR).get(path + "/revisions").array()).hasSize(2);
    JsonObject diff =
        Api.as(Api.AUDITOR)
            .get("api/v1/self-assessments/" + id + "/narratives/STATEMENT_PERFORMANCE:QS1/diff")
            .object();
    assertThat(diff.getInt("wordsAdded")).isEqualTo(1);
    assertThat(diff.getInt("wordsRemoved")).isEqualTo(1);
    assertThat(diff.getJsonArray("segments").toString()).contains("\"REMOVED\"", "timely", "quick");
  }

  @Test
  void aStaleSaveIsRefusedWithTheCurrentTextAndAMissingIfMatchIsRequired() {
    long id = start(Api.newCouncil("Conflict City Council"));
    String path = QS1.formatted(id);
    String etag = Api.as(Api.LEAD).get(path).header("ETag");
    save(Api.as(Api.LEAD), path, etag, "<p>First editor text</p>");

    Api.Reply stale = save(Api.as(Api.LEAD), path, etag, "<p>Second editor text</p>");
    Api.Reply missing = Api.as(Api.LEAD).put(path, "{\"html\":\"<p>x</p>\"}");

    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.contentType()).startsWith("application/problem+json");
    assertThat(stale.object().getJsonObject("current").getString("html"))
        .isEqualTo("<p>First editor text</p>");
    assertThat(stale.object().getJsonNumber("currentVersion")).isNotNull();
    assertThat(missing.status()).isEqualTo(428);
    assertThat(Api.as(Api.LEAD).get(path).object().getString("html"))
        .isEqualTo("<p>First editor text</p>");
  }

  @Test
  void scoresOutsideTheScaleAreExplainedAndValidScoresPredictARating() {
    long id = start(Api.newCouncil("Scoring District Council"));
    String score = "api/v1/self-assessments/" + id + "/statements/QS2/self-score";
    String etag = scoreEtag(id, "QS2");

    Api.Reply bad =
        Api.as(Api.LEAD).header("If-Match", etag).put(score, "{\"score\":5,\"rationale\":\"x\"}");
    Api.Reply fraction = Api.as(Api.LEAD).header("If-Match", etag).put(score, "{\"score\":2.5}");
    Api.Reply good =
        Api.as(Api.LEAD)
            .header("If-Match", etag)
            .put(score, "{\"score\":3,\"rationale\":\"Prevention offer widely used (E4).\"}");

    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.object().getJsonArray("errors").toString()).contains("score", "from 1 to 4");
    assertThat(fraction.status()).isEqualTo(400);
    assertThat(good.status()).as(good.toString()).isEqualTo(200);
    JsonObject prediction =
        Api.as(Api.DIRECTOR).get("api/v1/self-assessments/" + id + "/predicted-rating").object();
    assertThat(prediction.getInt("scored")).isEqualTo(1);
    assertThat(prediction.getInt("percent")).isEqualTo(75);
    assertThat(prediction.getString("rating")).isEqualTo("GOOD");
  }

  @Test
  void aThemeLeadWritesOnlyTheirStatementsAndNobodyElsesCouncil() {
    long council = Api.newCouncil("Scoped Shire Council");
    long id = start(council);
    String user = "theme.lead." + System.nanoTime();
    long userId = Api.newUser(user, "Theme-lead-password-1", "LEAD");
    Api.asAdmin()
        .post(
            "api/v1/users/" + userId + "/memberships",
            "{\"councilId\":"
                + council
                + ",\"role\":\"LEAD\",\"scope\":[\"WORKING_WITH_PEOPLE\"]}");
    Api themeLead = Api.as(user, "Theme-lead-password-1");
    String qs4 = "api/v1/self-assessments/" + id + "/statements/QS4/narrative";

    Api.Reply own =
        save(
            themeLead,
            QS1.formatted(id),
            themeLead.get(QS1.formatted(id)).header("ETag"),
            "<p>Mine</p>");
    Api.Reply notTheirs =
        save(
            Api.as(user, "Theme-lead-password-1"),
            qs4,
            Api.as(Api.LEAD).get(qs4).header("ETag"),
            "<p>Not mine</p>");
    Api.Reply auditor =
        save(Api.as(Api.AUDITOR), qs4, Api.as(Api.LEAD).get(qs4).header("ETag"), "<p>Audit</p>");
    Api.Reply elsewhere =
        Api.as(Api.LEAD).get("api/v1/self-assessments/" + start(council) + "/assignments");
    long otherCouncil = Api.newCouncilWithoutMembers("Foreign Council");
    long foreign =
        Api.asAdmin()
            .post(
                "api/v1/councils/" + otherCouncil + "/self-assessments",
                "{\"title\":\"Theirs\",\"periodLabel\":\"2025/26\"}")
            .object()
            .getJsonNumber("id")
            .longValue();

    assertThat(own.status()).as(own.toString()).isEqualTo(200);
    assertThat(notTheirs.status()).isEqualTo(403);
    assertThat(notTheirs.object().getString("detail")).contains("WORKING_WITH_PEOPLE");
    assertThat(auditor.status()).isEqualTo(403);
    assertThat(elsewhere.array()).hasSize(32);
    assertThat(
            Api.as(user, "Theme-lead-password-1")
                .get("api/v1/self-assessments/" + id + "/assignments")
                .array())
        .extracting(v -> v.asJsonObject().getString("slot"))
        .containsExactlyInAnyOrder(
            "THEME_AMBITION:WORKING_WITH_PEOPLE",
            "THEME_STRENGTHS:WORKING_WITH_PEOPLE",
            "THEME_PRIORITIES:WORKING_WITH_PEOPLE",
            "STATEMENT_PERFORMANCE:QS1",
            "STATEMENT_PERFORMANCE:QS2",
            "STATEMENT_PERFORMANCE:QS3",
            "THEME_PLANS:WORKING_WITH_PEOPLE");
    assertThat(Api.as(Api.LEAD).get("api/v1/self-assessments/" + foreign).status()).isEqualTo(404);
  }

  @Test
  void leadsSubmitForReviewDirectorsEndorseAndSubmitAndVersionsAreFrozen() {
    long id = start(Api.newCouncil("Sign-off County Council"));
    String base = "api/v1/self-assessments/" + id;
    save(
        Api.as(Api.LEAD),
        QS1.formatted(id),
        Api.as(Api.LEAD).get(QS1.formatted(id)).header("ETag"),
        "<p>Version one text</p>");
    Api.Reply v1 = Api.as(Api.LEAD).post(base + "/versions", "{\"note\":\"Peer challenge\"}");

    Api.Reply review = move(Api.as(Api.LEAD), base, "IN_REVIEW");
    Api.Reply leadEndorses = move(Api.as(Api.LEAD), base, "ENDORSED");
    Api.Reply endorsed = move(Api.as(Api.DIRECTOR), base, "ENDORSED");
    Api.Reply backwards = move(Api.as(Api.DIRECTOR), base, "IN_REVIEW");
    Api.Reply comment =
        Api.as(Api.DIRECTOR)
            .post(
                base + "/sign-offs",
                "{\"kind\":\"ENDORSEMENT\",\"name\":\"Cllr Pat Example\",\"role\":\"Cabinet member\","
                    + "\"organisation\":\"Sign-off County Council\",\"givenOn\":\"2026-01-15\"}");
    Api.Reply submitted = move(Api.as(Api.DIRECTOR), base, "SUBMITTED");

    assertThat(v1.status()).isEqualTo(201);
    assertThat(v1.object().getString("label")).isEqualTo("v1");
    assertThat(review.status()).as(review.toString()).isEqualTo(200);
    assertThat(leadEndorses.status()).isEqualTo(403);
    assertThat(endorsed.status()).isEqualTo(200);
    assertThat(backwards.status()).isEqualTo(409);
    assertThat(comment.status()).as(comment.toString()).isEqualTo(201);
    assertThat(submitted.object().getString("status")).isEqualTo("SUBMITTED");
    assertThat(
            Api.as(Api.AUDITOR)
                .get(base + "/versions/1")
                .object()
                .getJsonObject("content")
                .toString())
        .contains("Version one text");
    Api.Reply late =
        save(
            Api.as(Api.LEAD),
            QS1.formatted(id),
            Api.as(Api.LEAD).get(QS1.formatted(id)).header("ETag"),
            "<p>Late</p>");
    assertThat(late.status()).isEqualTo(409);
  }

  @Test
  void twoVersionsOrAVersionAndTheDraftAreComparedPartByPart() {
    long id = start(Api.newCouncil("Comparison County Council"));
    String base = "api/v1/self-assessments/" + id;
    String qs1 = QS1.formatted(id);
    save(Api.as(Api.LEAD), qs1, Api.as(Api.LEAD).get(qs1).header("ETag"), "<p>Waits are long.</p>");
    Api.as(Api.LEAD).post(base + "/versions", "{}");
    save(
        Api.as(Api.LEAD),
        qs1,
        Api.as(Api.LEAD).get(qs1).header("ETag"),
        "<p>Waits are <strong>much</strong> shorter.</p>");
    Api.as(Api.LEAD)
        .header("If-Match", scoreEtag(id, "QS1"))
        .put(base + "/statements/QS1/self-score", "{\"score\":3,\"rationale\":\"Waits fell\"}");
    Api.as(Api.LEAD).post(base + "/versions", "{}");
    String about = "api/v1/self-assessments/" + id + "/narratives/ABOUT_THE_COUNCIL";
    Api.Reply aboutNow = Api.as(Api.LEAD).get(about);
    save(Api.as(Api.LEAD), about, aboutNow.header("ETag"), "<p>A county of 700,000 people.</p>");

    Api.Reply versions = Api.as(Api.AUDITOR).get(base + "/changes?from=1&to=v2");
    Api.Reply draft = Api.as(Api.AUDITOR).get(base + "/changes?from=2");
    Api.Reply noFrom = Api.as(Api.AUDITOR).get(base + "/changes");
    Api.Reply badTo = Api.as(Api.AUDITOR).get(base + "/changes?from=1&to=latest");
    Api.Reply missing = Api.as(Api.AUDITOR).get(base + "/changes?from=1&to=9");

    assertThat(versions.status()).as(versions.toString()).isEqualTo(200);
    JsonObject changes = versions.object();
    assertThat(changes.getString("from")).isEqualTo("v1");
    assertThat(changes.getString("to")).isEqualTo("v2");
    assertThat(changes.getInt("changedParts")).isEqualTo(1);
    assertThat(changes.getInt("unchangedParts")).isEqualTo(31);
    JsonObject part = changes.getJsonArray("parts").getJsonObject(0);
    assertThat(part.getString("slot")).isEqualTo("STATEMENT_PERFORMANCE:QS1");
    assertThat(part.getJsonArray("segments").toString())
        .contains("{\"kind\":\"REMOVED\",\"text\":\"long.\"}", "much shorter.");
    JsonObject score = changes.getJsonArray("scores").getJsonObject(0);
    assertThat(score.getString("statement")).isEqualTo("QS1");
    assertThat(score.getJsonNumber("before")).as("not scored in v1").isNull();
    assertThat(score.getInt("after")).isEqualTo(3);

    assertThat(draft.object().getString("to")).isEqualTo("draft");
    assertThat(draft.object().getJsonArray("parts").getJsonObject(0).getString("label"))
        .isEqualTo("About the council");
    assertThat(draft.object().getJsonArray("scores")).isEmpty();
    assertThat(noFrom.status()).isEqualTo(400);
    assertThat(noFrom.object().getJsonArray("errors").toString()).contains("from");
    assertThat(badTo.status()).isEqualTo(400);
    assertThat(badTo.object().getJsonArray("errors").toString())
        .contains("'latest' is not a version");
    assertThat(missing.status()).isEqualTo(404);
  }

  private static Api.Reply move(Api api, String base, String status) {
    String etag = Api.as(Api.LEAD).get(base).header("ETag");
    return api.header("If-Match", etag).post(base + "/status", "{\"status\":\"" + status + "\"}");
  }

  private static String scoreEtag(long id, String code) {
    return "\""
        + Api.as(Api.LEAD)
            .get("api/v1/self-assessments/" + id)
            .object()
            .getJsonArray("scores")
            .stream()
            .map(v -> v.asJsonObject())
            .filter(s -> s.getString("statement").equals(code))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("version")
        + "\"";
  }
}
