package org.ascassure.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.ascassure.it.Api;
import org.ascassure.it.AscAssureServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AscAssureServer.class)
class AuditApiIT {

  @Test
  void aWriteThroughTheApiIsRecordedWithTheCallerAndWhatChanged() {
    long council = Api.newCouncil("Recorded Council");
    Api.Reply read = Api.asAdmin().get("api/v1/councils/" + council);
    String renamed = read.body().replace("Recorded Council", "Recorded Borough Council");
    assertThat(
            Api.asAdmin()
                .header("If-Match", read.header("ETag"))
                .put("api/v1/councils/" + council, renamed)
                .status())
        .isEqualTo(200);

    Api.Reply trail =
        Api.as(Api.AUDITOR).get("api/v1/audit?entityType=Council&entityId=" + council);

    assertThat(trail.status()).isEqualTo(200);
    List<JsonObject> records = trail.array().getValuesAs(JsonObject.class);
    assertThat(records).extracting(r -> r.getString("action")).containsExactly("UPDATE", "CREATE");
    JsonObject update = records.get(0);
    assertThat(update.getString("actor")).isEqualTo(AscAssureServer.ADMIN_USER);
    assertThat(update.getString("entityType")).isEqualTo("Council");
    assertThat(update.getJsonObject("changes").keySet()).containsExactly("name");
    assertThat(update.getJsonObject("changes").getJsonObject("name").getString("after"))
        .isEqualTo("Recorded Borough Council");
    // the memberships given to the council's staff are part of its history too
    assertThat(
            Api.asAdmin()
                .get("api/v1/audit?entityType=Membership&council=" + council)
                .array()
                .getValuesAs(JsonObject.class))
        .extracting(r -> r.getJsonObject("changes").getJsonObject("role").getString("after"))
        .containsExactlyInAnyOrder("LEAD", "DIRECTOR", "AUDITOR");
  }

  @Test
  void theTrailIsIntactAndOnlyAuditorsAndAdministratorsReadIt() {
    Api.newCouncil("Checked Council");

    Api.Reply verification = Api.as(Api.AUDITOR).get("api/v1/audit/verification");

    assertThat(verification.status()).isEqualTo(200);
    assertThat(verification.object().getBoolean("intact")).isTrue();
    assertThat(verification.object().getJsonNumber("records").longValue()).isPositive();
    assertThat(Api.as(Api.LEAD).get("api/v1/audit").status()).isEqualTo(403);
    assertThat(Api.anonymous().get("api/v1/audit").status()).isEqualTo(401);
  }

  @Test
  void writesAtStartUpAreRecordedAsTheSystem() {
    Api.Reply users = Api.asAdmin().get("api/v1/audit?entityType=User&actor=system&size=200");

    assertThat(users.array().getValuesAs(JsonObject.class))
        .extracting(r -> r.getJsonObject("changes").getJsonObject("username").getString("after"))
        .contains(AscAssureServer.ADMIN_USER, Api.LEAD, Api.AUDITOR);
  }

  @Test
  void anAuditorExportsTheTrailAsCsvWithCommasAndQuotesKeptInTheirCells() {
    long council = Api.newCouncil("Comma, Quote Council");

    Api.Reply csv =
        Api.as(Api.AUDITOR).get("api/v1/audit/export?entityType=Council&entityId=" + council);

    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.header("Content-Disposition")).startsWith("attachment; filename=\"audit-");
    String[] lines = csv.body().split("\r\n");
    assertThat(lines[0])
        .isEqualTo("seq,occurredAt,actor,councilId,entityType,entityId,action,changes,hash");
    assertThat(lines).hasSize(2);
    assertThat(lines[1]).contains(",admin," + council + ",Council," + council + ",CREATE,");
    // the changes cell is JSON with commas and quotes: quoted, inner quotes doubled
    assertThat(lines[1]).contains(",\"{\"\"name\"\":{\"\"after\"\":\"\"Comma, Quote Council\"\"}");
    assertThat(Api.as(Api.LEAD).get("api/v1/audit/export").status()).isEqualTo(403);
  }

  @Test
  void aMalformedFilterIsExplained() {
    Api.Reply bad = Api.asAdmin().get("api/v1/audit?council=abc&from=yesterday");

    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.contentType()).startsWith("application/problem+json");
    assertThat(bad.object().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .containsExactlyInAnyOrder("council", "from");
  }

  @Test
  void thereIsNoWayToChangeOrDeleteTheTrail() {
    assertThat(Api.asAdmin().send("DELETE", "api/v1/audit", null, null).status()).isEqualTo(405);
    assertThat(Api.asAdmin().post("api/v1/audit", "{}").status()).isEqualTo(405);
  }
}
