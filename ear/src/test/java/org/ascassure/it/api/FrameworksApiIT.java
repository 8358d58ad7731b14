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
class FrameworksApiIT {

  @Test
  void bothFrameworksAreListedWithCodeAndName() {
    Api.Reply reply = Api.as(Api.AUDITOR).get("api/v1/frameworks");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.array().getValuesAs(JsonObject.class))
        .extracting(f -> f.getString("code"))
        .contains("cqc-la-2023", "cqc-apa-2009");
    assertThat(reply.array().getJsonObject(0).getString("name")).isNotBlank();
  }

  @Test
  void theCqcFrameworkHasItsNineStatementsUnderFourThemesWithScaleAndBands() {
    JsonObject cqc = Api.as(Api.LEAD).get("api/v1/frameworks/cqc-la-2023").object();

    List<String> codes =
        cqc.getJsonArray("themes").getValuesAs(JsonObject.class).stream()
            .flatMap(
                t -> t.getJsonArray("qualityStatements").getValuesAs(JsonObject.class).stream())
            .map(s -> s.getString("code"))
            .toList();
    assertThat(codes)
        .containsExactly("QS1", "QS2", "QS3", "QS4", "QS5", "QS6", "QS7", "QS8", "QS9");
    assertThat(cqc.getJsonArray("themes")).hasSize(4);
    assertThat(cqc.getJsonArray("evidenceCategories")).hasSize(4);
    assertThat(cqc.getJsonArray("scale")).hasSize(4);
    assertThat(cqc.getJsonArray("ratingBands").getValuesAs(JsonObject.class))
        .extracting(
            b -> b.getString("code") + " " + b.getInt("minPercent") + "-" + b.getInt("maxPercent"))
        .containsExactly(
            "OUTSTANDING 88-100", "GOOD 63-87", "REQUIRES_IMPROVEMENT 39-62", "INADEQUATE 25-38");
    JsonObject qs6 =
        cqc.getJsonArray("themes")
            .getJsonObject(2)
            .getJsonArray("qualityStatements")
            .getJsonObject(0);
    assertThat(qs6.getJsonArray("aliases").getValuesAs(JsonString.class))
        .extracting(JsonString::getString)
        .contains("Safe pathways, systems and transitions");
  }

  @Test
  void theApaFrameworkRecordsTheAssessorsJudgement() {
    JsonObject apa = Api.as(Api.LEAD).get("api/v1/frameworks/cqc-apa-2009").object();

    assertThat(apa.getString("scoringMethod")).isEqualTo("ASSESSOR_JUDGEMENT");
    assertThat(apa.getJsonArray("scale").getValuesAs(JsonObject.class))
        .extracting(l -> l.getString("label"))
        .containsExactly(
            "Performing excellently",
            "Performing well",
            "Performing adequately",
            "Performing poorly");
  }

  @Test
  void anUnknownFrameworkIsAProblemNotAnError() {
    Api.Reply reply = Api.as(Api.LEAD).get("api/v1/frameworks/cqc-la-1999");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.object().getString("detail")).contains("cqc-la-1999");
  }

  @Test
  void withoutCredentialsTheApiAsksForThemAsAProblem() {
    Api.Reply reply = Api.anonymous().get("api/v1/frameworks");

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.header("WWW-Authenticate")).startsWith("Basic");
    assertThat(reply.contentType()).startsWith("application/problem+json");
  }

  @Test
  void aWrongPasswordIsRefused() {
    Api.Reply reply = Api.as("demo.lead", "not-the-password").get("api/v1/frameworks");

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.body()).doesNotContain("Exception");
  }

  @Test
  void readinessAndTheOpenApiDocumentAreServed() {
    Api.Reply ready = Api.anonymous().get("health/ready");
    Api.Reply openApi = Api.anonymous().get("openapi");

    assertThat(ready.status()).isEqualTo(200);
    assertThat(ready.body()).contains("\"UP\"");
    assertThat(openApi.status()).isEqualTo(200);
    assertThat(openApi.body())
        .contains("/v1/councils/{councilId}/assessments", "/v1/frameworks/{code}");
  }
}
