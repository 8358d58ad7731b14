package org.ascassure.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.ascassure.it.Api;
import org.ascassure.it.AscAssureServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AscAssureServer.class)
class AssessmentsApiIT {

  /** Seed 003: Leicestershire, eight statements scored 2 and one scored 3, total 19. */
  private static final String LEICESTERSHIRE =
      "{\"framework\":\"cqc-la-2023\",\"publishedOn\":\"2025-09-17\",\"scores\":"
          + "{\"QS1\":2,\"QS2\":2,\"QS3\":2,\"QS4\":2,\"QS5\":2,\"QS6\":2,\"QS7\":2,\"QS8\":3,\"QS9\":2}}";

  @Test
  void nineScoresTotalling19Give53PercentRequiresImprovement() {
    long council = Api.newCouncil("Leicestershire-like County Council");

    Api.Reply created =
        Api.asAdmin().post("api/v1/councils/" + council + "/assessments", LEICESTERSHIRE);

    assertThat(created.status()).isEqualTo(201);
    JsonObject outcome = created.object();
    assertThat(outcome.getInt("overallPercent")).isEqualTo(53);
    assertThat(outcome.getString("rating")).isEqualTo("REQUIRES_IMPROVEMENT");
    assertThat(outcome.getJsonArray("notifiable")).isEmpty();
    assertThat(outcome.getJsonObject("scores").getInt("QS8")).isEqualTo(3);

    String location = created.header("Location");
    assertThat(location).matches("http://127\\.0\\.0\\.1:\\d+/api/v1/assessments/\\d+");
    JsonObject read = Api.as(Api.LEAD).get(location.replaceFirst("^http://[^/]+/", "")).object();
    assertThat(read.getInt("overallPercent")).isEqualTo(53);
    assertThat(Api.as(Api.AUDITOR).get("api/v1/councils/" + council + "/assessments").array())
        .hasSize(1);
  }

  @Test
  void aStatementScoredOneIsFlaggedAsNotifiable() {
    long council = Api.newCouncil("Notifying Council");

    JsonObject outcome =
        Api.asAdmin()
            .post(
                "api/v1/councils/" + council + "/assessments",
                "{\"framework\":\"cqc-la-2023\",\"publishedOn\":\"2025-02-03\","
                    + "\"scores\":{\"QS7\":1,\"QS1\":3,\"QS2\":3}}")
            .object();

    assertThat(outcome.getJsonArray("notifiable").getValuesAs(JsonString.class))
        .extracting(JsonString::getString)
        .containsExactly("QS7");
    assertThat(outcome.getInt("overallPercent")).isEqualTo(58);
  }

  @Test
  void wrongCodesScoresAndFrameworksAreEachNamed() {
    long council = Api.newCouncil("Careless Council");
    String path = "api/v1/councils/" + council + "/assessments";

    Api.Reply badScores =
        Api.asAdmin()
            .post(
                path,
                "{\"framework\":\"cqc-la-2023\",\"publishedOn\":\"2025-01-01\","
                    + "\"scores\":{\"QS1\":5,\"QS10\":2,\"QS2\":2.5}}");
    Api.Reply badFramework =
        Api.asAdmin()
            .post(
                path,
                "{\"framework\":\"ofsted\",\"publishedOn\":\"2025-01-01\",\"scores\":{\"QS1\":2}}");
    Api.Reply badDate =
        Api.asAdmin()
            .post(
                path,
                "{\"framework\":\"cqc-la-2023\",\"publishedOn\":\"17/09/2025\",\"scores\":{\"QS1\":2}}");

    assertThat(badScores.status()).isEqualTo(400);
    assertThat(badScores.object().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .contains("scores.QS1", "scores.QS10", "scores.QS2");
    assertThat(badFramework.status()).isEqualTo(400);
    assertThat(badFramework.object().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("framework");
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.body()).contains("publishedOn");
    assertThat(Api.asAdmin().get(path).array()).isEmpty();
  }

  @Test
  void onlyAdministratorsRecordOutcomesButEveryRoleReadsThem() {
    long council = Api.newCouncil("Guarded Council");

    Api.Reply byLead =
        Api.as(Api.LEAD).post("api/v1/councils/" + council + "/assessments", LEICESTERSHIRE);
    Api.Reply byAuditor = Api.as(Api.AUDITOR).get("api/v1/councils/" + council + "/assessments");

    assertThat(byLead.status()).isEqualTo(403);
    assertThat(byAuditor.status()).isEqualTo(200);
  }

  @Test
  void anOutcomeForACouncilThatDoesNotExistIsNotFound() {
    Api.Reply reply = Api.asAdmin().post("api/v1/councils/987654321/assessments", LEICESTERSHIRE);

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.contentType()).startsWith("application/problem+json");
  }
}
