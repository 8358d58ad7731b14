package org.ascassure.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.ascassure.it.Api;
import org.ascassure.it.AscAssureServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Councils are seen only by their members; users and memberships only by administrators. */
@ExtendWith(AscAssureServer.class)
class AccessApiIT {

  private static final String OUTCOME =
      "{\"framework\":\"cqc-la-2023\",\"publishedOn\":\"2025-02-01\",\"scores\":{\"QS1\":3}}";

  private static List<Long> idsOf(Api.Reply list) {
    return list.array().getValuesAs(JsonObject.class).stream()
        .map(c -> c.getJsonNumber("id").longValue())
        .toList();
  }

  @Test
  void anotherCouncilsDataIsInvisibleAsIfItDidNotExist() {
    long own = Api.newCouncil("Own Council");
    long other = Api.newCouncilWithoutMembers("Other Council");
    Api.Reply outcome = Api.asAdmin().post("api/v1/councils/" + other + "/assessments", OUTCOME);
    String outcomePath = "api/v1/assessments/" + outcome.object().getJsonNumber("id").longValue();

    for (String user : List.of(Api.LEAD, Api.DIRECTOR, Api.AUDITOR)) {
      Api as = Api.as(user);
      assertThat(idsOf(as.get("api/v1/councils?size=200"))).contains(own).doesNotContain(other);
      assertThat(as.get("api/v1/councils/" + other).status()).isEqualTo(404);
      assertThat(as.get("api/v1/councils/" + other + "/assessments").status()).isEqualTo(404);
      assertThat(as.get(outcomePath).status()).isEqualTo(404);
      assertThat(as.get("api/v1/councils/" + own).status()).isEqualTo(200);
    }
    assertThat(Api.asAdmin().get("api/v1/councils/" + other).status()).isEqualTo(200);
  }

  @Test
  void theNotFoundAnswerIsTheSameForAnotherCouncilAndForNoCouncil() {
    long other = Api.newCouncilWithoutMembers("Secret Council");

    Api.Reply hidden = Api.as(Api.LEAD).get("api/v1/councils/" + other);
    Api.Reply missing = Api.as(Api.LEAD).get("api/v1/councils/987654321");

    assertThat(hidden.status()).isEqualTo(missing.status()).isEqualTo(404);
    assertThat(hidden.object().getString("detail")).doesNotContain("Secret");
    assertThat(hidden.object().getString("title")).isEqualTo(missing.object().getString("title"));
  }

  @Test
  void aNewUserSeesOnlyTheCouncilOfTheirMembershipAndNothingOnceItIsRemoved() {
    long council = Api.newCouncilWithoutMembers("Joining Council");
    String username = "new.lead" + System.nanoTime() % 100000;
    Api.Reply created =
        Api.asAdmin()
            .post(
                "api/v1/users",
                "{\"username\":\""
                    + username
                    + "\",\"displayName\":\"New Lead\",\"password\":\"Correct-horse-42\","
                    + "\"roles\":[\"LEAD\"]}");
    assertThat(created.status()).isEqualTo(201);
    long userId = created.object().getJsonNumber("id").longValue();
    Api newLead = Api.as(username, "Correct-horse-42");
    assertThat(newLead.get("api/v1/councils").array()).isEmpty();

    Api.Reply membership =
        Api.asAdmin()
            .post(
                "api/v1/users/" + userId + "/memberships",
                "{\"councilId\":" + council + ",\"role\":\"LEAD\",\"scope\":[\"QS1\",\"QS2\"]}");
    assertThat(membership.status()).isEqualTo(201);
    assertThat(idsOf(newLead.get("api/v1/councils"))).containsExactly(council);
    JsonObject me = newLead.get("api/v1/me").object();
    assertThat(me.getJsonArray("councils").getJsonObject(0).getJsonNumber("councilId").longValue())
        .isEqualTo(council);

    long membershipId = membership.object().getJsonNumber("id").longValue();
    assertThat(
            Api.asAdmin()
                .send(
                    "DELETE", "api/v1/users/" + userId + "/memberships/" + membershipId, null, null)
                .status())
        .isEqualTo(204);
    assertThat(newLead.get("api/v1/councils/" + council).status()).isEqualTo(404);
  }

  @Test
  void onlyAdministratorsManageUsersAndBadInputIsNamed() {
    for (String user : List.of(Api.LEAD, Api.DIRECTOR, Api.AUDITOR)) {
      assertThat(Api.as(user).get("api/v1/users").status()).isEqualTo(403);
      assertThat(Api.as(user).post("api/v1/users", "{}").status()).isEqualTo(403);
    }

    Api.Reply weak =
        Api.asAdmin()
            .post(
                "api/v1/users",
                "{\"username\":\"weak.user\",\"displayName\":\"Weak\",\"password\":\"short\","
                    + "\"roles\":[\"LEAD\"]}");
    assertThat(weak.status()).isEqualTo(400);
    assertThat(weak.object().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("password");

    long council = Api.newCouncilWithoutMembers("Role Council");
    Api.Reply users = Api.asAdmin().get("api/v1/users?size=200");
    long leadId = Api.userId(Api.LEAD);
    Api.Reply adminAtCouncil =
        Api.asAdmin()
            .post(
                "api/v1/users/" + leadId + "/memberships",
                "{\"councilId\":" + council + ",\"role\":\"ADMIN\"}");
    assertThat(adminAtCouncil.status()).isEqualTo(400);
    assertThat(users.body().toLowerCase()).doesNotContain("password").doesNotContain("pbkdf2");
  }

  @Test
  void aDisabledUserIsRefusedUntilEnabledAndAnAdministratorCannotDisableThemselves() {
    String username = "api.disabled" + System.nanoTime() % 100000;
    long user = Api.newUser(username, "Disabled-pass-55", "AUDITOR");
    String path = "api/v1/users/" + user + "/enabled";
    Api.Reply read = Api.asAdmin().get("api/v1/users/" + user);
    // just verified, the password is remembered for a while: a wrong one is still refused
    assertThat(Api.as(username, "Disabled-pass-55").get("api/v1/me").status()).isEqualTo(200);
    assertThat(Api.as(username, "Disabled-pass-56").get("api/v1/me").status()).isEqualTo(401);

    assertThat(Api.asAdmin().put(path, "{\"enabled\":false}").status()).isEqualTo(428);
    Api.Reply disabled =
        Api.asAdmin().header("If-Match", read.header("ETag")).put(path, "{\"enabled\":false}");
    assertThat(disabled.status()).isEqualTo(200);
    assertThat(disabled.object().getBoolean("enabled")).isFalse();
    assertThat(Api.as(username, "Disabled-pass-55").get("api/v1/me").status()).isEqualTo(401);
    assertThat(
            Api.asAdmin()
                .header("If-Match", read.header("ETag"))
                .put(path, "{\"enabled\":true}")
                .status())
        .isEqualTo(412);

    Api.Reply enabled =
        Api.asAdmin().header("If-Match", disabled.header("ETag")).put(path, "{\"enabled\":true}");
    assertThat(enabled.status()).isEqualTo(200);
    assertThat(Api.as(username, "Disabled-pass-55").get("api/v1/me").status()).isEqualTo(200);

    long self = Api.userId(AscAssureServer.ADMIN_USER);
    Api.Reply me = Api.asAdmin().get("api/v1/users/" + self);
    Api.Reply refused =
        Api.asAdmin()
            .header("If-Match", me.header("ETag"))
            .put("api/v1/users/" + self + "/enabled", "{\"enabled\":false}");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.object().getString("detail")).isEqualTo("You cannot disable your own user.");
  }
}
