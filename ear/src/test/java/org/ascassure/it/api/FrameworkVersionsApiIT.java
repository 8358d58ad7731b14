package org.ascassure.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.ascassure.it.Api;
import org.ascassure.it.AscAssureServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Administrators add framework versions as drafts, edit, publish and retire them. */
@ExtendWith(AscAssureServer.class)
class FrameworkVersionsApiIT {

  private static List<String> codes(Api api) {
    return api.get("api/v1/frameworks").array().getValuesAs(JsonObject.class).stream()
        .map(f -> f.getString("code"))
        .toList();
  }

  private static List<JsonObject> statements(JsonObject framework) {
    return framework.getJsonArray("themes").getValuesAs(JsonObject.class).stream()
        .flatMap(t -> t.getJsonArray("qualityStatements").getValuesAs(JsonObject.class).stream())
        .toList();
  }

  private static JsonObject statement(JsonObject framework, String code) {
    return statements(framework).stream()
        .filter(s -> s.getString("code").equals(code))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> aliases(JsonObject statement) {
    return statement.getJsonArray("aliases").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  private static Api.Reply changeStatement(
      String code, String statement, String etag, String body) {
    return Api.asAdmin()
        .header("If-Match", etag)
        .put("api/v1/frameworks/" + code + "/statements/" + statement, body);
  }

  @Test
  void aCopyIsADraftWithEverythingItsSourceHasThatOnlyAdministratorsSee() {
    String code = FrameworkFixture.uniqueCode("copy");

    Api.Reply created =
        Api.asAdmin().post("api/v1/frameworks", FrameworkFixture.copyBody(code, "CQC 2026 draft"));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location")).endsWith("/api/v1/frameworks/" + code);
    assertThat(created.header("ETag")).isNotBlank();
    JsonObject copy = created.object();
    assertThat(copy.getString("status")).isEqualTo("DRAFT");
    assertThat(copy.getString("basedOn")).isEqualTo("cqc-la-2023");
    JsonObject source = Api.asAdmin().get("api/v1/frameworks/cqc-la-2023").object();
    assertThat(statements(copy))
        .extracting(s -> s.getString("code") + " " + s.getString("title") + " " + aliases(s))
        .containsExactlyElementsOf(
            statements(source).stream()
                .map(s -> s.getString("code") + " " + s.getString("title") + " " + aliases(s))
                .toList());
    assertThat(copy.getJsonArray("ratingBands")).isEqualTo(source.getJsonArray("ratingBands"));
    assertThat(copy.getJsonArray("scale")).isEqualTo(source.getJsonArray("scale"));
    assertThat(copy.getJsonArray("evidenceCategories"))
        .isEqualTo(source.getJsonArray("evidenceCategories"));

    assertThat(codes(Api.asAdmin())).contains(code);
    assertThat(codes(Api.as(Api.LEAD))).doesNotContain(code).contains("cqc-la-2023");
    Api.Reply asLead = Api.as(Api.LEAD).get("api/v1/frameworks/" + code);
    assertThat(asLead.status()).isEqualTo(404);
    assertThat(asLead.contentType()).startsWith("application/problem+json");
  }

  @Test
  void aCopyNeedsAFreeWellFormedCodeAnExistingSourceAndAName() {
    Api.Reply badly =
        Api.asAdmin()
            .post(
                "api/v1/frameworks",
                "{\"copyOf\":\"cqc-la-1999\",\"code\":\"Not A Code\",\"versionLabel\":\"\"}");

    assertThat(badly.status()).isEqualTo(400);
    assertThat(badly.contentType()).startsWith("application/problem+json");
    assertThat(badly.body())
        .contains("There is no framework 'cqc-la-1999'.")
        .contains("lower-case letters, digits and hyphens")
        .contains("The name is required.")
        .contains("The version label is required.");

    String draft = FrameworkFixture.newDraft("source");
    Api.Reply ofADraft =
        Api.asAdmin()
            .post(
                "api/v1/frameworks",
                FrameworkFixture.copyBody(FrameworkFixture.uniqueCode("of-draft"), "Of a draft")
                    .replace("\"copyOf\":\"cqc-la-2023\"", "\"copyOf\":\"" + draft + "\""));
    assertThat(ofADraft.status()).isEqualTo(400);
    assertThat(ofADraft.body()).contains(draft + " is a draft: copy a version in use or retired.");

    Api.Reply taken =
        Api.asAdmin().post("api/v1/frameworks", FrameworkFixture.copyBody("cqc-la-2023", "Again"));
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.body()).contains("There is already a framework 'cqc-la-2023'.");

    assertThat(
            Api.as(Api.LEAD)
                .post(
                    "api/v1/frameworks",
                    FrameworkFixture.copyBody(FrameworkFixture.uniqueCode("lead"), "Lead's"))
                .status())
        .isEqualTo(403);
    assertThat(Api.asAdmin().get("api/v1/frameworks/cqc-la-2023").object().getString("status"))
        .isEqualTo("ACTIVE");
  }

  @Test
  void aDraftIsEditedPartByPartAndEveryChangeNeedsTheFrameworksCurrentEtag() {
    String code = FrameworkFixture.newDraft("edit");
    String etag = FrameworkFixture.etag(code);

    Api.Reply theme =
        Api.asAdmin()
            .header("If-Match", etag)
            .put(
                "api/v1/frameworks/" + code + "/themes/LEADERSHIP",
                "{\"title\":\"How the council is led\"}");
    assertThat(theme.status()).isEqualTo(200);
    assertThat(theme.header("ETag")).isNotEqualTo(etag);

    // an edit made against the version read before the theme changed is refused, not merged
    Api.Reply stale = changeStatement(code, "QS3", etag, "{\"title\":\"Fairness\",\"aliases\":[]}");
    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.contentType()).startsWith("application/problem+json");
    assertThat(
            Api.asAdmin()
                .put("api/v1/frameworks/" + code + "/statements/QS3", "{\"title\":\"X\"}")
                .status())
        .isEqualTo(428);

    Api.Reply changed =
        changeStatement(
            code,
            "QS3",
            theme.header("ETag"),
            "{\"title\":\"Fair access and outcomes\",\"description\":\"Who gets what\","
                + "\"scored\":true,\"aliases\":[\"Equity\",\" equity \",\"Fairness\"]}");
    assertThat(changed.status()).isEqualTo(200);
    Api.Reply category =
        Api.asAdmin()
            .header("If-Match", changed.header("ETag"))
            .put(
                "api/v1/frameworks/" + code + "/evidence-categories/PARTNERS",
                "{\"name\":\"What partners say\"}");
    assertThat(category.status()).isEqualTo(200);
    Api.Reply added =
        Api.asAdmin()
            .header("If-Match", category.header("ETag"))
            .post(
                "api/v1/frameworks/" + code + "/statements",
                "{\"theme\":\"LEADERSHIP\",\"code\":\"qs10\",\"title\":\"Workforce\","
                    + "\"scored\":true,\"aliases\":[\"Workforce and capacity\"]}");
    assertThat(added.status()).isEqualTo(201);
    assertThat(added.header("Location")).endsWith("/statements/QS10");
    Api.Reply removed =
        Api.asAdmin()
            .header("If-Match", added.header("ETag"))
            .send("DELETE", "api/v1/frameworks/" + code + "/statements/QS9", null, null);
    assertThat(removed.status()).isEqualTo(200);

    JsonObject now = FrameworkFixture.read(code);
    assertThat(now.getJsonArray("themes").getJsonObject(3).getString("title"))
        .isEqualTo("How the council is led");
    JsonObject qs3 = statement(now, "QS3");
    assertThat(qs3.getString("title")).isEqualTo("Fair access and outcomes");
    assertThat(qs3.getString("description")).isEqualTo("Who gets what");
    assertThat(aliases(qs3)).containsExactlyInAnyOrder("Equity", "Fairness");
    assertThat(now.getJsonArray("evidenceCategories").getJsonObject(2).getString("name"))
        .isEqualTo("What partners say");
    assertThat(statements(now))
        .extracting(s -> s.getString("code"))
        .containsExactly("QS1", "QS2", "QS3", "QS4", "QS5", "QS6", "QS7", "QS8", "QS10");
    // what the draft says differently from the version it was copied from, part by part
    List<String> differences =
        Api.asAdmin()
            .get("api/v1/frameworks/" + code + "/differences")
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .map(d -> d.getString("part") + " " + d.getString("code") + " " + d.getString("change"))
            .toList();
    assertThat(differences)
        .containsExactly(
            "Theme LEADERSHIP Title",
            "Statement QS3 Title",
            "Statement QS3 Description",
            "Statement QS3 Other names",
            "Statement QS10 Added",
            "Statement QS9 Taken out",
            "Evidence category PARTNERS Name");
    assertThat(Api.as(Api.LEAD).get("api/v1/frameworks/" + code + "/differences").status())
        .isEqualTo(404);
    Api.Reply noSource = Api.asAdmin().get("api/v1/frameworks/cqc-la-2023/differences");
    assertThat(noSource.status()).isEqualTo(400);
    assertThat(noSource.body()).contains("was not copied from another version");
    // the version copied from is untouched
    JsonObject source = Api.asAdmin().get("api/v1/frameworks/cqc-la-2023").object();
    assertThat(statement(source, "QS3").getString("title"))
        .isEqualTo("Equity in experience and outcomes");
    assertThat(statements(source)).hasSize(9);
  }

  @Test
  void aDraftRefusesNamesThatAreNotItsToGiveAndKeepsWhatItHad() {
    String code = FrameworkFixture.newDraft("names");
    String etag = FrameworkFixture.etag(code);

    Api.Reply clash =
        changeStatement(
            code,
            "QS1",
            etag,
            "{\"title\":\"\",\"aliases\":[\"Safeguarding\",\"" + "x".repeat(201) + "\"]}");

    assertThat(clash.status()).isEqualTo(400);
    assertThat(clash.body())
        .contains("The title is required.")
        .contains("'Safeguarding' already names QS7.")
        .contains("is longer than 200 characters");
    Api.Reply duplicate =
        Api.asAdmin()
            .header("If-Match", etag)
            .post(
                "api/v1/frameworks/" + code + "/statements",
                "{\"theme\":\"NO_SUCH\",\"code\":\"QS4\",\"title\":\"Again\"}");
    assertThat(duplicate.status()).isEqualTo(400);
    assertThat(duplicate.body())
        .contains("already has a statement QS4")
        .contains("Choose one of the framework's themes.");
    assertThat(statement(FrameworkFixture.read(code), "QS1").getString("title"))
        .isEqualTo("Assessing needs");
    assertThat(FrameworkFixture.etag(code)).isEqualTo(etag);
    assertThat(changeStatement(code, "QS99", etag, "{\"title\":\"Nothing\"}").status())
        .isEqualTo(404);
  }

  @Test
  void aPublishedVersionIsUsedAndOnlyItsOtherNamesChangeUntilItIsRetired() {
    String code = FrameworkFixture.newDraft("life");
    long council = Api.newCouncil("Framework Versions Council");
    String startWithIt =
        "{\"framework\":\""
            + code
            + "\",\"title\":\"On the new framework\",\"periodLabel\":\"2026/27\"}";

    // a draft starts nothing, whoever asks
    Api.Reply early =
        Api.asAdmin().post("api/v1/councils/" + council + "/self-assessments", startWithIt);
    assertThat(early.status()).isEqualTo(400);
    assertThat(early.body()).contains("is a draft: a self-assessment starts with a version in use");
    Api.Reply outcomeOnDraft =
        Api.asAdmin()
            .post(
                "api/v1/councils/" + council + "/assessments",
                "{\"framework\":\""
                    + code
                    + "\",\"publishedOn\":\"2026-01-10\",\"scores\":{\"QS1\":3}}");
    assertThat(outcomeOnDraft.status()).isEqualTo(400);
    assertThat(outcomeOnDraft.body()).contains("is a draft");

    Api.Reply published =
        Api.asAdmin()
            .header("If-Match", FrameworkFixture.etag(code))
            .post("api/v1/frameworks/" + code + "/publish", "");
    assertThat(published.status()).isEqualTo(200);
    assertThat(published.object().getString("status")).isEqualTo("ACTIVE");
    assertThat(codes(Api.as(Api.LEAD))).contains(code);
    Api.Reply started =
        Api.asAdmin().post("api/v1/councils/" + council + "/self-assessments", startWithIt);
    assertThat(started.status()).isEqualTo(201);

    // in use: what a statement says is fixed; its other names are not
    String etag = published.header("ETag");
    Api.Reply retitle =
        changeStatement(code, "QS4", etag, "{\"title\":\"Markets\",\"aliases\":[]}");
    assertThat(retitle.status()).isEqualTo(409);
    assertThat(retitle.body()).contains("only the other names of QS4 can change");
    JsonObject qs4 = statement(FrameworkFixture.read(code), "QS4");
    // the whole statement as read, with other names changed; or the other names alone
    Api.Reply whole =
        changeStatement(
            code,
            "QS4",
            etag,
            jakarta.json.Json.createObjectBuilder(qs4)
                .add("aliases", jakarta.json.Json.createArrayBuilder().add("Care market"))
                .build()
                .toString());
    assertThat(whole.status()).isEqualTo(200);
    Api.Reply renamed =
        changeStatement(
            code,
            "QS4",
            whole.header("ETag"),
            "{\"aliases\":[\"Market shaping\",\"Care market\"]}");
    assertThat(renamed.status()).isEqualTo(200);
    assertThat(aliases(statement(renamed.object(), "QS4")))
        .containsExactlyInAnyOrder("Market shaping", "Care market");
    assertThat(statement(renamed.object(), "QS4").getString("title"))
        .isEqualTo(qs4.getString("title"));
    // a report that names the statement that way can now be recorded as it is published
    Api.Reply outcome =
        Api.asAdmin()
            .post(
                "api/v1/councils/" + council + "/assessments",
                "{\"framework\":\""
                    + code
                    + "\",\"publishedOn\":\"2026-01-10\",\"scores\":{\"Market shaping\":3,\"QS1\":2}}");
    assertThat(outcome.status()).isEqualTo(201);
    assertThat(outcome.body()).contains("QS4");
    Api.Reply themeInUse =
        Api.asAdmin()
            .header("If-Match", renamed.header("ETag"))
            .put("api/v1/frameworks/" + code + "/themes/LEADERSHIP", "{\"title\":\"Led\"}");
    assertThat(themeInUse.status()).isEqualTo(409);
    Api.Reply deleteInUse =
        Api.asAdmin()
            .header("If-Match", renamed.header("ETag"))
            .send("DELETE", "api/v1/frameworks/" + code, null, null);
    assertThat(deleteInUse.status()).isEqualTo(409);

    Api.Reply retired =
        Api.asAdmin()
            .header("If-Match", renamed.header("ETag"))
            .post("api/v1/frameworks/" + code + "/retire", "");
    assertThat(retired.status()).isEqualTo(200);
    assertThat(retired.object().getString("status")).isEqualTo("RETIRED");
    Api.Reply late =
        Api.asAdmin().post("api/v1/councils/" + council + "/self-assessments", startWithIt);
    assertThat(late.status()).isEqualTo(400);
    assertThat(late.body()).contains("is retired");
    // what was started against it stays readable; past outcomes can still be recorded against it
    long sa = started.object().getJsonNumber("id").longValue();
    assertThat(Api.asAdmin().get("api/v1/self-assessments/" + sa).status()).isEqualTo(200);
    assertThat(
            Api.asAdmin()
                .post(
                    "api/v1/councils/" + council + "/assessments",
                    "{\"framework\":\""
                        + code
                        + "\",\"publishedOn\":\"2026-02-10\",\"scores\":{\"QS2\":2}}")
                .status())
        .isEqualTo(201);
    assertThat(
            Api.asAdmin()
                .header("If-Match", retired.header("ETag"))
                .post("api/v1/frameworks/" + code + "/retire", "")
                .status())
        .isEqualTo(409);
    assertThat(changeStatement(code, "QS4", retired.header("ETag"), qs4.toString()).status())
        .isEqualTo(409);
  }

  @Test
  void aDraftWithAnEmptyThemeIsNotPublishedAndADraftCanBeDeleted() {
    String code = FrameworkFixture.newDraft("empty");
    String etag = FrameworkFixture.etag(code);
    for (String qs : List.of("QS8", "QS9")) {
      Api.Reply removed =
          Api.asAdmin()
              .header("If-Match", etag)
              .send("DELETE", "api/v1/frameworks/" + code + "/statements/" + qs, null, null);
      assertThat(removed.status()).isEqualTo(200);
      etag = removed.header("ETag");
    }

    Api.Reply refused =
        Api.asAdmin().header("If-Match", etag).post("api/v1/frameworks/" + code + "/publish", "");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("The theme 'Leadership' has no statements.");
    assertThat(FrameworkFixture.status(code)).isEqualTo("DRAFT");

    Api.Reply deleted =
        Api.asAdmin()
            .header("If-Match", etag)
            .send("DELETE", "api/v1/frameworks/" + code, null, null);
    assertThat(deleted.status()).isEqualTo(204);
    assertThat(FrameworkFixture.status(code)).isNull();
  }

  /**
   * System-wide records such as frameworks are read by administrators (auditors read councils').
   */
  @Test
  void everyChangeToAVersionOrItsPartsIsOnTheAuditTrailWithWhatChanged() {
    String code = FrameworkFixture.newDraft("audit");
    JsonObject qs2 = statement(FrameworkFixture.read(code), "QS2");
    String framework =
        Api.asAdmin()
            .get("api/v1/audit?entityType=Framework&size=100")
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(r -> r.getString("action").equals("CREATE"))
            .filter(
                r ->
                    r.getJsonObject("changes")
                        .getJsonObject("code")
                        .getString("after")
                        .equals(code))
            .findFirst()
            .orElseThrow()
            .getString("entityId");

    Api.Reply changed =
        changeStatement(
            code,
            "QS2",
            FrameworkFixture.etag(code),
            jakarta.json.Json.createObjectBuilder(qs2)
                .add("title", "Healthier lives")
                .build()
                .toString());
    assertThat(changed.status()).isEqualTo(200);
    assertThat(
            Api.asAdmin()
                .header("If-Match", changed.header("ETag"))
                .post("api/v1/frameworks/" + code + "/publish", "")
                .status())
        .isEqualTo(200);

    List<JsonObject> statementTrail =
        Api.asAdmin()
            .get("api/v1/audit?entityType=QualityStatement&size=100")
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(r -> r.getString("action").equals("UPDATE"))
            .filter(r -> r.getString("actor").equals(AscAssureServer.ADMIN_USER))
            .filter(r -> r.getJsonObject("changes").containsKey("title"))
            .filter(
                r ->
                    r.getJsonObject("changes")
                        .getJsonObject("title")
                        .getString("after")
                        .equals("Healthier lives"))
            .toList();
    assertThat(statementTrail).hasSize(1);
    JsonObject update = statementTrail.get(0);
    assertThat(update.getJsonObject("changes").keySet()).containsExactly("title");
    assertThat(update.getJsonObject("changes").getJsonObject("title").getString("before"))
        .isEqualTo("Supporting people to live healthier lives");

    List<JsonObject> frameworkTrail =
        Api.asAdmin()
            .get("api/v1/audit?entityType=Framework&entityId=" + framework)
            .array()
            .getValuesAs(JsonObject.class);
    assertThat(frameworkTrail)
        .extracting(r -> r.getString("action"))
        .containsExactly("UPDATE", "CREATE");
    assertThat(
            frameworkTrail
                .get(0)
                .getJsonObject("changes")
                .getJsonObject("status")
                .getString("after"))
        .isEqualTo("ACTIVE");
    assertThat(
            frameworkTrail
                .get(1)
                .getJsonObject("changes")
                .getJsonObject("basedOn")
                .getString("after"))
        .isEqualTo("cqc-la-2023");
  }
}
