package org.ascassure.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ascassure.it.Api;
import org.ascassure.it.AscAssureServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A director defines a KPI, a lead reports figures, a second report of the same month is refused, a
 * stale correction is refused and a fresh one becomes revision 2; the league ranks the providers
 * with their RAG and says who is missing; a lead files the month as evidence.
 */
@ExtendWith(AscAssureServer.class)
class KpisApiIT {

  private static final LocalDate LAST_MONTH = KpiFixture.month(1);

  @Test
  void figuresAreSubmittedCorrectedAsRevisionsAndRankedInTheLeague() {
    long council = Api.newCouncil("KPI API Council " + System.nanoTime());
    Api director = Api.as(Api.DIRECTOR);
    Api lead = Api.as(Api.LEAD);
    Api.Reply defined =
        director.post(
            "api/v1/councils/" + council + "/kpis", KpiFixture.definition("Care within 72 hours"));
    assertThat(defined.status()).isEqualTo(201);
    assertThat(defined.header("Location")).matches(".*/api/v1/kpis/\\d+");
    assertThat(defined.object().getString("unit")).isEqualTo("%");
    long kpi = defined.object().getJsonNumber("id").longValue();

    Api.Reply alder =
        lead.post(
            "api/v1/kpis/" + kpi + "/submissions",
            KpiFixture.figures(LAST_MONTH, "Alder Care", 40, 50));
    assertThat(alder.status()).isEqualTo(201);
    assertThat(alder.header("Location")).matches(".*/api/v1/kpi-submissions/\\d+");
    JsonObject figure = alder.object().getJsonObject("figure");
    assertThat(figure.getString("rag")).isEqualTo("GREEN");
    assertThat(figure.getString("explanation"))
        .isEqualTo("80% (40 of 50) is exactly on the target of 80% (higher is better): GREEN.");
    Api.Reply birch =
        lead.post(
            "api/v1/kpis/" + kpi + "/submissions",
            KpiFixture.figures(LAST_MONTH, "Birch Homecare", 30, 50));
    assertThat(birch.object().getJsonObject("figure").getString("rag")).isEqualTo("RED");

    Api.Reply again =
        lead.post(
            "api/v1/kpis/" + kpi + "/submissions",
            KpiFixture.figures(LAST_MONTH, "Birch Homecare", 39, 50));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.object().getString("detail")).contains("Correct that submission");

    Api.Reply wrong =
        lead.post(
            "api/v1/kpis/" + kpi + "/submissions",
            "{\"periodStart\":\""
                + LAST_MONTH.plusDays(1)
                + "\",\"periodEnd\":\""
                + LAST_MONTH.plusMonths(1)
                + "\",\"lot\":\"Lot 9\",\"provider\":\"Nobody\",\"numerator\":5,\"denominator\":0}");
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.contentType()).startsWith("application/problem+json");
    assertThat(wrong.object().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .containsExactly("periodStart", "provider", "denominator");

    String birchPath = "api/v1/kpi-submissions/" + birch.object().getJsonNumber("id").longValue();
    String etag = lead.get(birchPath).header("ETag");
    Api.Reply corrected =
        Api.as(Api.LEAD)
            .header("If-Match", etag)
            .put(birchPath, "{\"numerator\":39,\"denominator\":50,\"notes\":\"Recounted\"}");
    assertThat(corrected.status()).isEqualTo(200);
    assertThat(corrected.object().getInt("revision")).isEqualTo(2);
    assertThat(corrected.object().getJsonObject("figure").getString("rag")).isEqualTo("AMBER");
    assertThat(corrected.object().getJsonArray("revisions")).hasSize(2);
    Api.Reply stale =
        Api.as(Api.DIRECTOR)
            .header("If-Match", etag)
            .put(birchPath, "{\"numerator\":45,\"denominator\":50}");
    assertThat(stale.status()).isEqualTo(412);
    assertThat(Api.as(Api.LEAD).put(birchPath, "{\"numerator\":45,\"denominator\":50}").status())
        .isEqualTo(428);

    JsonObject league = lead.get("api/v1/kpis/" + kpi + "/league?period=" + LAST_MONTH).object();
    assertThat(league.getJsonArray("rows").getValuesAs(JsonObject.class))
        .extracting(
            r ->
                r.getInt("rank")
                    + " "
                    + r.getString("provider")
                    + " "
                    + r.getJsonObject("figure").getString("rag"))
        .containsExactly("1 Alder Care GREEN", "2 Birch Homecare AMBER");
    assertThat(league.getJsonArray("missing").getJsonObject(0).getString("provider"))
        .isEqualTo("Cedar Support");
    assertThat(league.getJsonObject("combined").getJsonObject("figure").getString("explanation"))
        .startsWith("All reporters together")
        .contains("79% (79 of 100)");

    JsonObject trend = lead.get("api/v1/kpis/" + kpi + "/trend?periods=3").object();
    assertThat(trend.getJsonArray("points")).hasSize(3);
    assertThat(
            trend.getJsonArray("points").getJsonObject(2).getJsonObject("figure").getString("rag"))
        .isEqualTo("AMBER");

    Api.Reply auditorTries =
        Api.as(Api.AUDITOR)
            .post(
                "api/v1/kpis/" + kpi + "/submissions",
                KpiFixture.figures(LAST_MONTH, "Cedar Support", 9, 10));
    assertThat(auditorTries.status()).isEqualTo(403);
  }

  @Test
  void aLeadFilesAMonthAsEvidenceAndAnotherCouncilsKpiDoesNotExist() {
    long council = Api.newCouncil("KPI Evidence Council " + System.nanoTime());
    long kpi = KpiFixture.newKpi(council, "Care within 72 hours");
    KpiFixture.submit(kpi, LAST_MONTH, "Cedar Support", 19, 20);

    Api.Reply filed =
        Api.as(Api.LEAD)
            .post(
                "api/v1/kpis/" + kpi + "/evidence-snapshots",
                "{\"period\":\"" + LAST_MONTH + "\",\"statement\":\"QS4\"}");
    assertThat(filed.status()).isEqualTo(201);
    assertThat(filed.header("Location")).matches(".*/api/v1/evidence/\\d+");
    assertThat(filed.object().getString("ref")).isEqualTo("E1");
    JsonObject item =
        Api.as(Api.AUDITOR).get(filed.header("Location").replaceFirst(".*/api/", "api/")).object();
    assertThat(item.getString("description"))
        .contains("95% (19 of 20)")
        .contains("target of 80%")
        .contains("Not reported: Alder Care (Lot 1), Birch Homecare (Lot 1)");

    long elsewhere = Api.newCouncilWithoutMembers("KPI Elsewhere Council " + System.nanoTime());
    long hidden = KpiFixture.newKpi(elsewhere, "Hidden KPI");
    assertThat(Api.as(Api.LEAD).get("api/v1/kpis/" + hidden).status()).isEqualTo(404);
    assertThat(Api.as(Api.LEAD).get("api/v1/kpis/" + hidden + 999_999).status()).isEqualTo(404);
  }

  /** Seed 004's seven KPIs, in our own words, with a year of figures: some providers off target. */
  @Test
  void theDemoCouncilHasSevenKpisWithFiguresSomeOffTarget() {
    long fernshire = ProviderMarketApiIT.fernshire();
    List<JsonObject> kpis =
        Api.as(Api.AUDITOR)
            .get("api/v1/councils/" + fernshire + "/kpis")
            .array()
            .getValuesAs(JsonObject.class);
    assertThat(kpis)
        .extracting(k -> k.getJsonObject("kpi").getString("name"))
        .containsExactlyInAnyOrder(
            "Referrals that became care starts",
            "Start date agreed by the next working day",
            "Care begun within 72 hours of referral",
            "Urgent referrals begun within 48 hours",
            "Provider-led reviews up to date",
            "Outcomes check current (North lot)",
            "Planned visits delivered");
    assertThat(kpis)
        .as("every KPI has figures for its latest period")
        .allSatisfy(k -> assertThat(ProviderMarketApiIT.absent(k, "latest")).isFalse());

    // per provider, the latest figures: mostly on target, some amber or red
    List<String> rags = new ArrayList<>();
    for (JsonObject k : kpis) {
      JsonObject league =
          Api.as(Api.AUDITOR)
              .get("api/v1/kpis/" + k.getJsonObject("kpi").getJsonNumber("id") + "/league")
              .object();
      league.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
          .map(r -> r.getJsonObject("figure").getString("rag"))
          .forEach(rags::add);
    }
    assertThat(rags).contains("GREEN").containsAnyOf("RED", "AMBER");
    JsonObject carePrompt =
        kpis.stream()
            .filter(
                k ->
                    k.getJsonObject("kpi")
                        .getString("name")
                        .equals("Care begun within 72 hours of referral"))
            .findFirst()
            .orElseThrow();
    assertThat(carePrompt.getJsonArray("missing").getValuesAs(JsonObject.class))
        .as("one provider has not sent its latest figures")
        .extracting(m -> m.getString("provider"))
        .contains("Tanner's Lane Care");
  }
}
