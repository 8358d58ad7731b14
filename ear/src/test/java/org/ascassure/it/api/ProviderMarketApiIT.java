package org.ascassure.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ascassure.it.Api;
import org.ascassure.it.AscAssureServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The provider market beyond the ratings file: support episodes with the rating before and after,
 * inspection issues tallied under the default themes, providers whose rating fell and those not
 * inspected for long; and the demo council's market, which must tell a story.
 */
@ExtendWith(AscAssureServer.class)
class ProviderMarketApiIT {

  private static long idOf(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.object().getJsonNumber("id").longValue();
  }

  private static long provider(long council, String cqcId, String name, String registeredOn) {
    return idOf(
        Api.as(Api.LEAD)
            .post(
                "api/v1/councils/" + council + "/providers",
                "{\"cqcLocationId\":\""
                    + cqcId
                    + "\",\"name\":\""
                    + name
                    + "\",\"serviceType\":\"CARE_HOME_RESIDENTIAL\",\"registeredOn\":\""
                    + registeredOn
                    + "\"}"));
  }

  private static void rate(long provider, String on, String rating) {
    idOf(
        Api.as(Api.LEAD)
            .post(
                "api/v1/providers/" + provider + "/ratings",
                "{\"ratedOn\":\"" + on + "\",\"overall\":\"" + rating + "\"}"));
  }

  /** Whether a value is null (the API leaves null values out). */
  static boolean absent(JsonObject object, String name) {
    return !object.containsKey(name) || object.isNull(name);
  }

  private static List<JsonObject> list(String path) {
    return Api.as(Api.AUDITOR).get(path).array().getValuesAs(JsonObject.class);
  }

  @Test
  void aSupportEpisodeShowsTheRatingBeforeItAndTheFirstOneAfter() {
    long council = Api.newCouncil("Support Episode Council " + System.nanoTime());
    long helped = provider(council, "1-6001", "Rowan House", "2012-01-01");
    rate(helped, "2023-02-01", "GOOD");
    rate(helped, "2024-01-10", "INADEQUATE");
    rate(helped, "2024-11-05", "GOOD");
    rate(helped, "2025-11-05", "OUTSTANDING");
    long waiting = provider(council, "1-6002", "Sorrel Court", "2012-01-01");
    rate(waiting, "2025-03-01", "REQUIRES_IMPROVEMENT");
    String episodes = "api/v1/councils/" + council + "/support-episodes";

    Api.Reply started =
        Api.as(Api.LEAD)
            .post(
                episodes,
                "{\"providerId\":"
                    + helped
                    + ",\"team\":\"Care Home Quality Team\",\"startedOn\":\"2024-02-01\","
                    + "\"endedOn\":\"2024-09-30\",\"notes\":\"Weekly visits\"}");
    JsonObject episode = started.object();
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    assertThat(episode.getString("ratingBefore")).isEqualTo("INADEQUATE");
    assertThat(episode.getString("ratingAfter"))
        .as("the first rating published after the episode began, not the latest")
        .isEqualTo("GOOD");
    idOf(
        Api.as(Api.LEAD)
            .post(
                episodes,
                "{\"providerId\":"
                    + waiting
                    + ",\"team\":\"Market Support\",\"startedOn\":\"2025-04-01\"}"));
    Api.Reply backwards =
        Api.as(Api.LEAD)
            .post(
                episodes,
                "{\"providerId\":"
                    + waiting
                    + ",\"team\":\"Market Support\",\"startedOn\":\"2025-04-01\","
                    + "\"endedOn\":\"2025-03-01\"}");
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.contentType()).startsWith("application/problem+json");
    assertThat(
            Api.as(Api.AUDITOR)
                .post(
                    episodes,
                    "{\"providerId\":"
                        + waiting
                        + ",\"team\":\"Auditors\",\"startedOn\":\"2025-04-01\"}")
                .status())
        .isEqualTo(403);

    Map<String, JsonObject> byProvider =
        list(episodes).stream()
            .collect(Collectors.toMap(e -> e.getString("provider"), Function.identity()));
    assertThat(byProvider).hasSize(2);
    assertThat(byProvider.get("Rowan House").getString("ratingBefore")).isEqualTo("INADEQUATE");
    assertThat(byProvider.get("Rowan House").getString("ratingAfter")).isEqualTo("GOOD");
    assertThat(byProvider.get("Sorrel Court").getString("ratingBefore"))
        .isEqualTo("REQUIRES_IMPROVEMENT");
    assertThat(absent(byProvider.get("Sorrel Court"), "ratingAfter"))
        .as("no rating since the episode began")
        .isTrue();
  }

  @Test
  void issuesAreTalliedUnderTheNineteenDefaultThemesAndANewOne() {
    long council = Api.newCouncil("Finding Themes Council " + System.nanoTime());
    long home = provider(council, "1-6101", "Beech Lodge", "2014-01-01");
    String themes = "api/v1/councils/" + council + "/finding-themes";

    List<JsonObject> defaults = Api.as(Api.LEAD).get(themes).array().getValuesAs(JsonObject.class);
    assertThat(defaults).hasSize(19);
    assertThat(defaults.get(0).getString("name")).isEqualTo("Medicines management");
    assertThat(defaults.get(0).getString("trainingOffer"))
        .isEqualTo("Medicines optimisation support; accredited e-learning");
    assertThat(defaults.get(18).getString("name")).isEqualTo("Outbreak management");
    assertThat(absent(defaults.get(18), "trainingOffer")).as("no offer yet").isTrue();
    assertThat(defaults).extracting(t -> t.getInt("issues")).containsOnly(0);
    long medicines = defaults.get(0).getJsonNumber("id").longValue();
    long fire =
        defaults.stream()
            .filter(t -> t.getString("name").equals("Fire safety"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    long sensory =
        idOf(
            Api.as(Api.DIRECTOR)
                .post(
                    themes,
                    "{\"name\":\"Sensory loss\",\"trainingOffer\":\"Deaf awareness course\"}"));

    String issues = "api/v1/councils/" + council + "/inspection-issues";
    for (Object[] issue :
        new Object[][] {
          {medicines, "Creams without application records"},
          {medicines, "Controlled drugs register not signed"},
          {fire, "Fire doors wedged open"},
          {sensory, "No hearing loop in the lounge"}
        }) {
      idOf(
          Api.as(Api.LEAD)
              .post(
                  issues,
                  "{\"providerId\":"
                      + home
                      + ",\"themeId\":"
                      + issue[0]
                      + ",\"foundOn\":\"2025-05-06\",\"text\":\""
                      + issue[1]
                      + "\"}"));
    }

    Map<String, Integer> tally =
        list(themes).stream()
            .collect(Collectors.toMap(t -> t.getString("name"), t -> t.getInt("issues")));
    assertThat(tally).hasSize(20);
    assertThat(tally)
        .containsEntry("Medicines management", 2)
        .containsEntry("Fire safety", 1)
        .containsEntry("Sensory loss", 1)
        .containsEntry("Pressure care", 0);
    assertThat(tally.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(4);
    assertThat(list(issues))
        .extracting(i -> i.getString("theme") + ": " + i.getString("text"))
        .contains("Fire safety: Fire doors wedged open");
  }

  @Test
  void theDashboardNamesProvidersWhoseRatingFellAndThoseNotInspectedForLong() {
    long council = Api.newCouncil("Falls Council " + System.nanoTime());
    long fell = provider(council, "1-6201", "Larch House", "2010-01-01");
    rate(fell, "2022-06-01", "GOOD");
    rate(fell, "2024-03-01", "REQUIRES_IMPROVEMENT");
    long improved = provider(council, "1-6202", "Hazel Court", "2010-01-01");
    rate(improved, "2022-06-01", "REQUIRES_IMPROVEMENT");
    rate(improved, "2024-02-01", "GOOD");
    long stale = provider(council, "1-6203", "Yew Tree Lodge", "2010-01-01");
    rate(stale, "2021-01-15", "GOOD");
    long never = provider(council, "1-6204", "Holly Bank", "2016-04-01");

    JsonObject q =
        Api.as(Api.AUDITOR)
            .get("api/v1/councils/" + council + "/provider-quality?date=2024-06-30")
            .object();

    assertThat(q.getString("fellSince")).as("a year before, by default").isEqualTo("2023-06-30");
    assertThat(q.getJsonArray("fell").getValuesAs(JsonObject.class))
        .extracting(
            f ->
                f.getString("name")
                    + " "
                    + f.getString("from")
                    + " → "
                    + f.getString("to")
                    + " "
                    + f.getString("ratedOn"))
        .containsExactly("Larch House GOOD → REQUIRES_IMPROVEMENT 2024-03-01");
    assertThat(q.getJsonArray("fell").getJsonObject(0).getJsonNumber("providerId").longValue())
        .isEqualTo(fell);
    assertThat(q.getInt("staleMonths")).isEqualTo(24);
    assertThat(q.getJsonArray("uninspected").getValuesAs(JsonObject.class))
        .as("longest first; never inspected counts from registration")
        .extracting(
            u ->
                u.getString("name")
                    + " "
                    + (absent(u, "lastRatedOn") ? "never" : u.getString("lastRatedOn"))
                    + " "
                    + u.getInt("monthsSince"))
        .containsExactly("Holly Bank never 98", "Yew Tree Lodge 2021-01-15 41");
    assertThat(
            q.getJsonArray("uninspected").getValuesAs(JsonObject.class).stream()
                .map(u -> u.getJsonNumber("providerId").longValue()))
        .containsExactly(never, stale);

    JsonObject sinceEarlier =
        Api.as(Api.LEAD)
            .get(
                "api/v1/councils/"
                    + council
                    + "/provider-quality?date=2024-06-30&fellSince=2024-03-15")
            .object();
    assertThat(sinceEarlier.getJsonArray("fell")).as("the fall came before 15 March").isEmpty();
    Api.Reply backwards =
        Api.as(Api.LEAD)
            .get(
                "api/v1/councils/"
                    + council
                    + "/provider-quality?date=2024-06-30&fellSince=2024-07-01");
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.body()).contains("fellSince");

    // a director who inspects less often moves the line: 42 months leaves only Holly Bank
    Api.Reply moved =
        Api.as(Api.DIRECTOR)
            .header("If-Match", "\"0\"")
            .put(
                "api/v1/councils/" + council + "/provider-quality/settings",
                "{\"targetPercent\":80,\"staleMonths\":42}");
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(
            Api.as(Api.AUDITOR)
                .get("api/v1/councils/" + council + "/provider-quality?date=2024-06-30")
                .object()
                .getJsonArray("uninspected")
                .getValuesAs(JsonObject.class))
        .extracting(u -> u.getString("name"))
        .containsExactly("Holly Bank");
  }

  /** The demo council's id. */
  static long fernshire() {
    return Api.demoCouncilId();
  }

  @Test
  void theDemoCouncilsMarketTellsAStory() {
    long fernshire = fernshire();

    // the provider market, on a fixed date so that the story does not drift with the clock
    JsonObject q =
        Api.as(Api.AUDITOR)
            .get("api/v1/councils/" + fernshire + "/provider-quality?date=2026-06-30")
            .object();
    JsonObject overall = q.getJsonObject("overall");
    assertThat(new BigDecimal(overall.getString("percent")))
        .as("near the 80% target")
        .isBetween(new BigDecimal("65"), new BigDecimal("95"));
    assertThat(overall.getInt("rated")).isGreaterThan(30);
    assertThat(overall.getInt("notYetRated")).isEqualTo(2);
    assertThat(q.getJsonObject("byServiceType").keySet())
        .contains("CARE_HOME_RESIDENTIAL", "CARE_HOME_NURSING", "HOME_CARE", "SUPPORTED_LIVING");
    assertThat(q.getJsonArray("trend").getValuesAs(JsonObject.class))
        .as("a trend with figures in every quarter")
        .hasSize(12)
        .allSatisfy(p -> assertThat(absent(p.getJsonObject("share"), "percent")).isFalse());
    assertThat(q.getJsonArray("fell").getValuesAs(JsonObject.class))
        .extracting(f -> f.getString("name") + " " + f.getString("to"))
        .containsExactly(
            "Kestow Park Nursing Home INADEQUATE",
            "Upper Fern Manor REQUIRES_IMPROVEMENT",
            "Hollin Vale House REQUIRES_IMPROVEMENT",
            "Tamsey Valley Carers REQUIRES_IMPROVEMENT");
    List<JsonObject> uninspected = q.getJsonArray("uninspected").getValuesAs(JsonObject.class);
    assertThat(uninspected).hasSizeGreaterThan(3);
    assertThat(uninspected.get(0).getString("name")).isEqualTo("Kestow Court");
    assertThat(uninspected.get(0).getString("lastRatedOn")).isEqualTo("2022-11-08");

    Map<String, JsonObject> episodes =
        list("api/v1/councils/" + fernshire + "/support-episodes").stream()
            .collect(Collectors.toMap(e -> e.getString("provider"), Function.identity()));
    assertThat(episodes.get("Tamsey Meadows").getString("ratingBefore")).isEqualTo("INADEQUATE");
    assertThat(episodes.get("Brightwell Home Care").getString("ratingBefore"))
        .isEqualTo("REQUIRES_IMPROVEMENT");
    assertThat(episodes.get("Brightwell Home Care").getString("ratingAfter")).isEqualTo("GOOD");
    Map<String, Integer> tally =
        list("api/v1/councils/" + fernshire + "/finding-themes").stream()
            .collect(Collectors.toMap(t -> t.getString("name"), t -> t.getInt("issues")));
    assertThat(tally).containsEntry("Medicines management", 3);
    assertThat(tally.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(8);
  }
}
