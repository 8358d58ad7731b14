package org.ascassure.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.ascassure.it.Api;
import org.ascassure.it.AscAssureServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AscAssureServer.class)
class CouncilsApiIT {

  private static String council(String name, String onsCode) {
    return "{\"name\":\""
        + name
        + "\",\"onsCode\":\""
        + onsCode
        + "\",\"type\":\"COUNTY_COUNCIL\",\"region\":\"EAST_MIDLANDS\"}";
  }

  @Test
  void anAdministratorCreatesACouncilAndFindsItAtItsLocation() {
    String ons = Api.uniqueOnsCode();
    Api.Reply created = Api.asAdmin().post("api/v1/councils", council("Westmarsh Council", ons));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("ETag")).isEqualTo("\"1\"");
    String location = created.header("Location");
    assertThat(location).matches("http://127\\.0\\.0\\.1:\\d+/api/v1/councils/\\d+");

    Api.grant(Api.AUDITOR, created.object().getJsonNumber("id").longValue(), "AUDITOR");
    JsonObject read = Api.as(Api.AUDITOR).get(location.replaceFirst("^http://[^/]+/", "")).object();
    assertThat(read.getString("name")).isEqualTo("Westmarsh Council");
    assertThat(read.getString("onsCode")).isEqualTo(ons);
    assertThat(read.getString("region")).isEqualTo("EAST_MIDLANDS");
  }

  @Test
  void anUpdateNeedsTheETagItReadAndAStaleOneLosesNothing() {
    long id = Api.newCouncil("Contested Council");
    String path = "api/v1/councils/" + id;
    String etag = Api.asAdmin().get(path).header("ETag");

    Api.Reply missing = Api.asAdmin().put(path, council("No Precondition", Api.uniqueOnsCode()));
    Api.Reply first =
        Api.asAdmin()
            .header("If-Match", etag)
            .put(path, council("Alice's Name", Api.uniqueOnsCode()));
    Api.Reply stale =
        Api.asAdmin()
            .header("If-Match", etag)
            .put(path, council("Bob's Name", Api.uniqueOnsCode()));

    assertThat(missing.status()).isEqualTo(428);
    assertThat(missing.contentType()).startsWith("application/problem+json");
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.header("ETag")).isNotEqualTo(etag);
    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.object().getInt("currentVersion")).isEqualTo(2);
    assertThat(Api.asAdmin().get(path).object().getString("name")).isEqualTo("Alice's Name");
  }

  @Test
  void everyInvalidFieldIsNamedAtOnce() {
    Api.Reply reply =
        Api.asAdmin()
            .post(
                "api/v1/councils",
                "{\"name\":\"Somewhere\",\"onsCode\":\"W06000015\",\"type\":\"PARISH\",\"region\":\"WALES\"}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.object().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .containsExactlyInAnyOrder("onsCode", "type", "region");
  }

  @Test
  void aDuplicateOnsCodeIsAConflict() {
    String ons = Api.uniqueOnsCode();
    Api.asAdmin().post("api/v1/councils", council("First", ons));

    Api.Reply second = Api.asAdmin().post("api/v1/councils", council("Second", ons));

    assertThat(second.status()).isEqualTo(409);
    assertThat(second.object().getString("detail")).contains(ons);
  }

  @Test
  void malformedJsonAndWrongContentTypeAreClearProblems() {
    Api.Reply malformed = Api.asAdmin().post("api/v1/councils", "{\"name\": \"Broken\",");
    Api.Reply noBody = Api.asAdmin().post("api/v1/councils", "");
    Api.Reply text = Api.asAdmin().send("POST", "api/v1/councils", "name=x", "text/plain");

    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.contentType()).startsWith("application/problem+json");
    assertThat(malformed.body()).doesNotContain("Exception", "at org.");
    assertThat(noBody.status()).isEqualTo(400);
    assertThat(text.status()).isEqualTo(415);
    assertThat(text.contentType()).startsWith("application/problem+json");
  }

  @Test
  void onlyAdministratorsChangeCouncils() {
    Api.Reply byLead =
        Api.as(Api.LEAD).post("api/v1/councils", council("Lead's Council", Api.uniqueOnsCode()));

    assertThat(byLead.status()).isEqualTo(403);
    assertThat(byLead.contentType()).startsWith("application/problem+json");
  }

  @Test
  void theListIsPagedWithATotalAndANextLink() {
    Api.newCouncil("Paging Council A");
    Api.newCouncil("Paging Council B");

    Api.Reply page = Api.as(Api.AUDITOR).get("api/v1/councils?page=1&size=1");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.array()).hasSize(1);
    assertThat(Long.parseLong(page.header("X-Total-Count"))).isGreaterThanOrEqualTo(2);
    assertThat(page.header("Link")).contains("rel=\"next\"", "page=2");
    assertThat(Api.as(Api.AUDITOR).get("api/v1/councils?size=500").status()).isEqualTo(400);
  }

  @Test
  void aCouncilThatDoesNotExistIsNotFound() {
    Api.Reply reply = Api.as(Api.AUDITOR).get("api/v1/councils/987654321");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.contentType()).startsWith("application/problem+json");
  }
}
