package org.ascassure.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.ascassure.it.Api;
import org.ascassure.it.AscAssureServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** Administrators add users, give and take council roles, and stop or allow sign-in. */
@ExtendWith(AscAssureServer.class)
class UsersBrowserIT {

  @RegisterExtension static BrowserSession session = new BrowserSession();

  private static String uniqueName(String prefix) {
    return prefix + System.nanoTime() % 1_000_000;
  }

  @Test
  void anAdministratorAddsAUserAndGivesThemAScopedLeadRoleAtACouncil() {
    long council = Api.newCouncilWithoutMembers("Membership Council");
    String onsCode = Api.asAdmin().get("api/v1/councils/" + council).object().getString("onsCode");
    String username = uniqueName("jo.lead");
    Browser browser = session.browser().signInAsAdmin().open("admin/users/index.xhtml");
    browser.assertAccessible();
    browser.clickLink("Add a user");
    browser.assertAccessible();

    browser.type("user:username", username);
    browser.type("user:displayName", "Jo Lead");
    browser.type("user:password", "Correct-horse-42");
    browser.click("user:roles:1");
    browser.click("user:save");

    assertThat(browser.heading()).isEqualTo("Jo Lead");
    assertThat(browser.messages()).containsExactly("Jo Lead (" + username + ") has been added.");
    assertThat(browser.text(By.id("roles"))).isEqualTo("LEAD");
    assertThat(browser.text(By.id("main"))).contains("Jo Lead is not a member of any council.");
    browser.assertAccessible();

    browser.choose(By.id("membership:council"), "Membership Council (" + onsCode + ")");
    browser.choose(By.id("membership:role"), "LEAD");
    browser.choose(By.id("membership:scope"), "QS1 Assessing needs");
    browser.choose(By.id("membership:scope"), "Theme: Leadership");
    browser.click("membership:add");

    assertThat(browser.messages()).containsExactly("Jo Lead is now LEAD at Membership Council.");
    assertThat(browser.text(By.id("current:memberships")))
        .contains("Membership Council", "LEAD", "QS1, LEADERSHIP");
    assertThat(browser.text(By.id("history"))).contains("CREATE", "Jo Lead");
    browser.assertAccessible();

    Api jo = Api.as(username, "Correct-horse-42");
    assertThat(jo.get("api/v1/councils/" + council).status()).isEqualTo(200);

    browser.click("current:memberships:0:remove");

    assertThat(browser.messages()).containsExactly("The membership has been removed.");
    assertThat(browser.has(By.id("current:memberships"))).isFalse();
    assertThat(jo.get("api/v1/councils/" + council).status()).isEqualTo(404);
  }

  @Test
  void aWeakPasswordAndMissingDetailsAreAllNamedAndTheEntriesKept() {
    Browser browser = session.browser().signInAsAdmin().open("admin/users/user.xhtml");
    browser.type("user:username", "sam.weak");
    browser.type("user:password", "sam.weak-123456");
    browser.click("user:save");

    assertThat(browser.heading()).isEqualTo("Add a user");
    assertThat(browser.messages())
        .containsExactly(
            "The user cannot be created.",
            "A display name is required.",
            "A user needs at least one role.",
            "The password must not contain the user name.");
    assertThat(browser.value("user:username")).isEqualTo("sam.weak");
    assertThat(Api.asAdmin().get("api/v1/users?size=200").body()).doesNotContain("sam.weak");
    browser.assertAccessible();
  }

  @Test
  void aDisabledUserCannotSignInUntilEnabledAgain() {
    String username = uniqueName("kim.auditor");
    long id = Api.newUser(username, "Kim-password-77", "AUDITOR");
    assertThat(Api.as(username, "Kim-password-77").get("api/v1/me").status()).isEqualTo(200);
    Browser browser = session.browser().signInAsAdmin().open("admin/users/user.xhtml?id=" + id);

    browser.click("access:toggle");

    assertThat(browser.messages()).containsExactly("Test user can no longer sign in.");
    assertThat(browser.text(By.id("enabled"))).startsWith("Disabled");
    assertThat(Api.as(username, "Kim-password-77").get("api/v1/me").status()).isEqualTo(401);
    browser.assertAccessible();

    browser.click("access:toggle");

    assertThat(browser.messages()).containsExactly("Test user can sign in again.");
    assertThat(Api.as(username, "Kim-password-77").get("api/v1/me").status()).isEqualTo(200);
  }

  @Test
  void anAdministratorCannotDisableThemselves() {
    long self = Api.userId(AscAssureServer.ADMIN_USER);
    Browser browser = session.browser().signInAsAdmin().open("admin/users/user.xhtml?id=" + self);

    browser.click("access:toggle");

    assertThat(browser.messages()).containsExactly("You cannot disable your own user.");
    assertThat(browser.text(By.id("enabled"))).isEqualTo("Allowed");
  }

  @Test
  void otherRolesGetTheForbiddenPageThatRevealsNothing() {
    long someone = Api.userId(Api.DIRECTOR);
    Browser browser = session.browser().signIn(Api.LEAD, "Fernshire-lead-2026");
    assertThat(browser.has(By.linkText("Users"))).isFalse();

    for (String page :
        new String[] {
          "admin/users/index.xhtml",
          "admin/users/user.xhtml",
          "admin/users/user.xhtml?id=" + someone
        }) {
      browser.open(page);
      assertThat(browser.heading()).isEqualTo("You cannot open this page");
      assertThat(browser.text(By.id("main"))).doesNotContain(Api.DIRECTOR, "demo", "Director");
    }
    browser.assertAccessible();
  }
}
