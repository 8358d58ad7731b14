package org.ascassure.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.ascassure.it.Api;
import org.ascassure.it.AscAssureServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** Signing in, editing councils without losing anyone's change, and what each role may do. */
@ExtendWith(AscAssureServer.class)
class CouncilsBrowserIT {

  @RegisterExtension static BrowserSession session = new BrowserSession();

  private static Browser asLead() {
    return session.browser().signIn(Api.LEAD, "Fernshire-lead-2026");
  }

  @Test
  void aWrongPasswordIsRefusedWithAClearMessage() {
    Browser browser = session.browser();
    browser.signIn(AscAssureServer.ADMIN_USER, "not-the-password");

    assertThat(browser.heading()).isEqualTo("Sign in");
    assertThat(browser.messages())
        .containsExactly("The user name or password is not right. Check both and try again.");
    assertThat(browser.value("login:password")).isEmpty();
    browser.assertAccessible();
  }

  @Test
  void aSaveOverSomeoneElsesNewerChangeIsRefusedAndTheFormKeepsTheInput() {
    long council = Api.newCouncil("Oldbridge Council");
    Browser browser =
        session.browser().signInAsAdmin().open("admin/councils/council.xhtml?id=" + council);
    assertThat(browser.value("council:name")).isEqualTo("Oldbridge Council");
    browser.type("council:name", "Oldbridge Borough Council");

    // meanwhile a colleague renames it through the API
    Api.Reply theirs = Api.asAdmin().get("api/v1/councils/" + council);
    String renamed =
        theirs.body().replace("\"Oldbridge Council\"", "\"Oldbridge and Newbridge Council\"");
    assertThat(
            Api.asAdmin()
                .header("If-Match", theirs.header("ETag"))
                .put("api/v1/councils/" + council, renamed)
                .status())
        .isEqualTo(200);

    browser.click("council:save");

    assertThat(browser.messages())
        .anySatisfy(message -> assertThat(message).startsWith("Someone else changed this council"));
    assertThat(browser.value("council:name")).isEqualTo("Oldbridge Borough Council");
    assertThat(Api.asAdmin().get("api/v1/councils/" + council).object().getString("name"))
        .isEqualTo("Oldbridge and Newbridge Council");
    browser.assertAccessible();
  }

  @Test
  void invalidDetailsAreAllNamedAtOnceAndNothingIsSaved() {
    Browser browser = session.browser().signInAsAdmin().open("admin/councils/council.xhtml");
    browser.type("council:onsCode", "W06000015");
    browser.click("council:save");

    assertThat(browser.heading()).isEqualTo("Add a council");
    assertThat(browser.messages())
        .contains(
            "Enter the council's name.",
            "'W06000015' is not an ONS code for an English council, such as E10000018.",
            "Choose the council's type.",
            "Choose the council's region.");
    assertThat(browser.value("council:onsCode")).isEqualTo("W06000015");
    browser.assertAccessible();
  }

  @Test
  void anAuditorReadsCouncilsButIsNotOfferedOrAllowedChanges() {
    long council = Api.newCouncil("Readonly Council");
    Browser browser = session.browser();
    browser.signIn(Api.AUDITOR, "Fernshire-auditor-2026");

    browser.open("admin/councils/index.xhtml");
    assertThat(browser.has(By.linkText("Add a council"))).isFalse();
    browser.open("admin/councils/council.xhtml?id=" + council);
    assertThat(browser.heading()).isEqualTo("Readonly Council");
    assertThat(browser.has(By.id("council:name"))).isFalse();
    assertThat(browser.has(By.linkText("Record an outcome"))).isFalse();
    browser.assertAccessible();

    browser.open("admin/councils/council.xhtml");
    assertThat(browser.heading()).isEqualTo("You cannot open this page");
    browser.open("admin/assessments/record.xhtml?council=" + council);
    assertThat(browser.heading()).isEqualTo("You cannot open this page");
    browser.assertAccessible();
  }

  @Test
  void anAddressThatLeadsNowhereGetsThePageNotFoundPage() {
    Browser browser = asLead().open("admin/councils/council.xhtml?id=987654321");
    assertThat(browser.heading()).isEqualTo("Page not found");
    browser.open("admin/frameworks/framework.xhtml?code=no-such-framework");
    assertThat(browser.heading()).isEqualTo("Page not found");
    browser.assertAccessible();
  }

  @Test
  void theFrameworkBrowserShowsThemesAndTheirStatements() {
    Browser browser = asLead().open("admin/frameworks/index.xhtml");
    browser.assertAccessible();
    browser.clickLink("CQC local authority assessment framework");

    assertThat(browser.heading()).isEqualTo("CQC local authority assessment framework");
    String page = browser.text(By.id("main"));
    assertThat(page)
        .contains(
            "Working with people",
            "Ensuring safety within the system",
            "QS1",
            "QS9",
            "Some shortfalls",
            "Requires improvement");
    browser.assertAccessible();
  }
}
