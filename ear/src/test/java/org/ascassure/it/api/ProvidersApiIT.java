package org.ascassure.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.ascassure.it.Api;
import org.ascassure.it.AscAssureServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Providers through the API: a council's CQC file imported, imported again without change, the
 * quality figures on a date, the target changed by a director, the figures filed as evidence.
 */
@ExtendWith(AscAssureServer.class)
class ProvidersApiIT {

  static final String FILE =
      "\uFEFFLocation ID,Location Name,Location HSCA start date,Location Latest Overall Rating,"
          + "Publication Date,Service type - Care home service without nursing,"
          + "Service type - Domiciliary care service,Location Region\r\n"
          + "1-3001,\"Gorse Hill, Residential\",01/01/2015,Good,10/01/2024,Y,,South West\r\n"
          + "1-3002,Coastway Home Care,01/01/2016,Outstanding,11/02/2024,,Y,South West\r\n"
          + "1-3003,Lowmoor House,01/01/2014,Requires improvement,12/03/2024,Y,,South West\r\n"
          + "\r\n"
          + "1-3004,Pebble Court,01/01/2017,Good,2024-04-13,Y,,South West\r\n"
          + "1-3005,Newlands Care,01/01/2024,Not yet rated,,,Y,South West\r\n"
          + "1-3006,Odd Rating Lodge,01/01/2017,Superb,2024-04-13,Y,,South West\r\n";

  static JsonObject importAndWait(long council, String csv) throws InterruptedException {
    Api.Reply started =
        Api.as(Api.LEAD)
            .send(
                "POST",
                "api/v1/councils/" + council + "/provider-imports?filename=cqc.csv",
                csv,
                "text/csv; charset=UTF-8");
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    String location = started.header("Location");
    assertThat(location).contains("/api/v1/provider-imports/");
    String path = location.substring(location.indexOf("api/v1/"));
    JsonObject job = started.object();
    for (int i = 0; i < 100 && job.getString("status").equals("RUNNING"); i++) {
      Thread.sleep(100);
      job = Api.as(Api.AUDITOR).get(path).object();
    }
    assertThat(job.getString("status")).isEqualTo("DONE");
    assertThat(job.getInt("doneRows"))
        .as("every row dealt with")
        .isEqualTo(job.getInt("totalRows"));
    assertThat(job.getInt("percentDone")).isEqualTo(100);
    return job;
  }

  @Test
  void anImportedFileGivesTheFiguresOnADateAndASecondImportChangesNothing() throws Exception {
    long council = Api.newCouncil("Providers API Council " + System.nanoTime());

    JsonObject first = importAndWait(council, FILE);

    assertThat(first.getInt("totalRows")).isEqualTo(6);
    assertThat(first.getInt("created")).isEqualTo(5);
    assertThat(first.getJsonArray("problems").getValuesAs(JsonString::getString))
        .containsExactly("row 8: 'Superb' in the overall rating is not a CQC rating");

    var audited =
        Api.as(Api.AUDITOR)
            .get("api/v1/audit?entityType=Provider&council=" + council)
            .array()
            .getValuesAs(JsonObject.class);
    assertThat(audited).as("every imported provider is in the audit trail").hasSize(5);
    assertThat(audited)
        .as("rows written in the background are the importing lead's")
        .extracting(r -> r.getString("actor"))
        .containsOnly(Api.LEAD);

    JsonObject again = importAndWait(council, FILE);
    assertThat(again.getInt("created")).isZero();
    assertThat(again.getInt("updated")).isZero();
    assertThat(again.getInt("unchanged")).isEqualTo(5);
    assertThat(again.getString("summary")).startsWith("Nothing changed");

    JsonObject q =
        Api.as(Api.AUDITOR)
            .get("api/v1/councils/" + council + "/provider-quality?date=2024-03-31")
            .object();
    // on 31 March 2024 Pebble Court (rated 13 April) and Newlands are not yet rated
    assertThat(q.getInt("targetPercent")).isEqualTo(80);
    assertThat(q.getJsonObject("overall").getString("percent")).isEqualTo("66.7");
    assertThat(q.getJsonObject("overall").getInt("rated")).isEqualTo(3);
    assertThat(q.getJsonObject("overall").getInt("notYetRated")).isEqualTo(2);
    assertThat(q.getJsonObject("overall").getBoolean("meetsTarget")).isFalse();
    assertThat(
            q.getJsonObject("counts")
                .getJsonObject("CARE_HOME_RESIDENTIAL")
                .getInt("REQUIRES_IMPROVEMENT"))
        .isEqualTo(1);
    assertThat(q.getJsonArray("trend")).hasSize(12);

    JsonObject later =
        Api.as(Api.LEAD)
            .get("api/v1/councils/" + council + "/provider-quality?date=2024-05-01")
            .object();
    assertThat(later.getJsonObject("overall").getString("percent")).isEqualTo("75.0");
    assertThat(later.getJsonObject("byServiceType").getJsonObject("HOME_CARE").getString("percent"))
        .isEqualTo("100.0");

    Api.Reply setting =
        Api.as(Api.DIRECTOR).get("api/v1/councils/" + council + "/provider-quality/settings");
    assertThat(setting.header("ETag")).isEqualTo("\"0\"");
    Api.Reply changed =
        Api.as(Api.DIRECTOR)
            .header("If-Match", "\"0\"")
            .put(
                "api/v1/councils/" + council + "/provider-quality/settings",
                "{\"targetPercent\":75,\"staleMonths\":18}");
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    Api.Reply stale =
        Api.as(Api.DIRECTOR)
            .header("If-Match", "\"0\"")
            .put(
                "api/v1/councils/" + council + "/provider-quality/settings",
                "{\"targetPercent\":90,\"staleMonths\":18}");
    assertThat(stale.status()).isEqualTo(412);
    assertThat(
            Api.as(Api.LEAD)
                .get("api/v1/councils/" + council + "/provider-quality?date=2024-05-01")
                .object()
                .getJsonObject("overall")
                .getBoolean("meetsTarget"))
        .as("75.0% meets a target of exactly 75%")
        .isTrue();

    Api.Reply filed =
        Api.as(Api.LEAD)
            .send(
                "POST",
                "api/v1/councils/" + council + "/provider-quality/evidence?date=2024-05-01",
                "",
                "application/json");
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    String item = filed.header("Location").substring(filed.header("Location").indexOf("api/v1/"));
    JsonObject evidence = Api.as(Api.AUDITOR).get(item).object();
    assertThat(evidence.getString("title")).contains("75.0%").contains("1 May 2024");
    assertThat(evidence.getString("description"))
        .contains("3 of 4 rated services")
        .contains("target of 75% (met)")
        .contains("1 not yet rated");
    assertThat(evidence.getJsonArray("statements").getString(0)).isEqualTo("QS4");
  }

  @Test
  void aProviderIsEditedWithIfMatchAndRatedByHand() {
    long council = Api.newCouncil("Providers Edit Council " + System.nanoTime());
    Api.Reply created =
        Api.as(Api.DIRECTOR)
            .post(
                "api/v1/councils/" + council + "/providers",
                "{\"cqcLocationId\":\"1-4001\",\"name\":\"Mill Race House\","
                    + "\"serviceType\":\"CARE_HOME_NURSING\",\"contracted\":true}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String path =
        created.header("Location").substring(created.header("Location").indexOf("api/v1/"));

    Api.Reply duplicate =
        Api.as(Api.LEAD)
            .post(
                "api/v1/councils/" + council + "/providers",
                "{\"cqcLocationId\":\"1-4001\",\"name\":\"\",\"serviceType\":\"SPA\"}");
    assertThat(duplicate.status()).isEqualTo(400);
    assertThat(duplicate.body()).contains("serviceType");

    Api.Reply missingIfMatch = Api.as(Api.LEAD).put(path, created.body());
    assertThat(missingIfMatch.status()).isEqualTo(428);
    Api.Reply renamed =
        Api.as(Api.LEAD)
            .header("If-Match", created.header("ETag"))
            .put(
                path,
                "{\"cqcLocationId\":\"1-4001\",\"name\":\"Mill Race Nursing Home\","
                    + "\"serviceType\":\"CARE_HOME_NURSING\",\"contracted\":true}");
    assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
    assertThat(renamed.object().getString("name")).isEqualTo("Mill Race Nursing Home");

    Api.Reply rated =
        Api.as(Api.LEAD)
            .post(
                path + "/ratings",
                "{\"ratedOn\":\"2025-02-03\",\"overall\":\"GOOD\",\"questions\":{\"SAFE\":\"REQUIRES_IMPROVEMENT\"}}");
    assertThat(rated.status()).as(rated.body()).isEqualTo(201);
    Api.Reply sameDay =
        Api.as(Api.LEAD)
            .post(path + "/ratings", "{\"ratedOn\":\"2025-02-03\",\"overall\":\"GOOD\"}");
    assertThat(sameDay.status()).isEqualTo(400);
    JsonObject provider = Api.as(Api.AUDITOR).get(path).object();
    assertThat(provider.getString("currentRating")).isEqualTo("GOOD");
    assertThat(
            provider
                .getJsonArray("ratings")
                .getJsonObject(0)
                .getJsonObject("questions")
                .getString("SAFE"))
        .isEqualTo("REQUIRES_IMPROVEMENT");
    assertThat(
            Api.as(Api.AUDITOR)
                .post(path + "/ratings", "{\"ratedOn\":\"2025-03-03\",\"overall\":\"GOOD\"}")
                .status())
        .isEqualTo(403);
  }
}
