package org.ascassure.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.ascassure.it.Api;
import org.ascassure.it.AscAssureServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** The audit trail in the UI: search, export, chain check, and each record's history. */
@ExtendWith(AscAssureServer.class)
class AuditBrowserIT {

  @RegisterExtension static BrowserSession session = new BrowserSession();

  private static final String OUTCOME =
      "{\"framework\":\"cqc-la-2023\",\"publishedOn\":\"2025-03-01\",\"scores\":{\"QS1\":3}}";

  private static void rename(long council, String from, String to) {
    Api.Reply read = Api.asAdmin().get("api/v1/councils/" + council);
    Api.Reply renamed =
        Api.asAdmin()
            .header("If-Match", read.header("ETag"))
            .put("api/v1/councils/" + council, read.body().replace(from, to));
    assertThat(renamed.status()).isEqualTo(200);
  }

  @Test
  void anAuditorSearchesTheirCouncilsRecordsAndSeesBeforeAndAfter() {
    long council = Api.newCouncil("Searched Council");
    rename(council, "Searched Council", "Searched Borough Council");
    long other = Api.newCouncilWithoutMembers("Unaudited Council");
    Browser browser = session.browser().signIn(Api.AUDITOR, "Fernshire-auditor-2026");

    browser.clickLink("Audit trail");
    assertThat(browser.heading()).isEqualTo("Audit trail");
    assertThat(browser.text(By.id("verification"))).startsWith("The trail is intact");
    assertThat(browser.text(By.id("main"))).doesNotContain("Unaudited Council");
    browser.assertAccessible();

    browser.choose(By.id("council"), "Searched Borough Council");
    browser.choose(By.id("entityType"), "Council");
    browser.type("entityId", Long.toString(council));
    browser.click("find");

    String records = browser.text(By.id("records"));
    assertThat(records).contains("(2 found)", "UPDATE", "CREATE", "admin");
    assertThat(records).contains("name: Searched Council → Searched Borough Council");
    assertThat(browser.chosen(By.id("council"))).isEqualTo("Searched Borough Council");
    assertThat(browser.value("entityId")).isEqualTo(Long.toString(council));
    browser.assertAccessible();

    // another council's records are not there, even when asked for by id
    browser.open("admin/audit/index.xhtml?entityType=Council&entityId=" + other);
    assertThat(browser.text(By.id("none"))).isEqualTo("No audit record matches the search.");
  }

  @Test
  void theExportHoldsExactlyTheRecordsOfTheSearch() {
    long council = Api.newCouncil("Exported Council");
    rename(council, "Exported Council", "Exported, Renamed Council");
    Browser browser = session.browser().signInAsAdmin();
    browser.open("admin/audit/index.xhtml?entityType=Council&entityId=" + council);
    String href = browser.href("Export these 2 records as CSV");
    assertThat(href).endsWith("/admin/audit/export?entityType=Council&entityId=" + council);

    Object csv =
        browser.script(
            "const done = arguments[arguments.length - 1];"
                + "fetch('"
                + href
                + "').then(r => r.text()).then(done).catch(e => done(String(e)));");

    // WebDriver hands text back with plain line feeds; the API test checks the CRLF itself
    String[] lines = csv.toString().split("\\R");
    assertThat(lines).hasSize(3);
    assertThat(lines[0])
        .isEqualTo("seq,occurredAt,actor,councilId,entityType,entityId,action,changes,hash");
    assertThat(csv.toString()).contains(",UPDATE,", ",CREATE,", "Exported, Renamed Council");
  }

  @Test
  void aDateThatIsNotADateIsNamedAndKeptInTheForm() {
    Browser browser = session.browser().signInAsAdmin();
    browser.open("admin/audit/index.xhtml?from=31/02/2025&to=2025-12-01");

    assertThat(browser.messages())
        .containsExactly(
            "From: '31/02/2025' is not a date: write it as day/month/year, for example 17/09/2025.");
    assertThat(browser.value("from")).isEqualTo("31/02/2025");
    assertThat(browser.value("to")).isEqualTo("2025-12-01");
    browser.assertAccessible();
  }

  @Test
  void leadsAndDirectorsDoNotSeeTheAuditSearch() {
    Browser browser = session.browser().signIn(Api.LEAD, "Fernshire-lead-2026");
    assertThat(browser.has(By.linkText("Audit trail"))).isFalse();
    browser.open("admin/audit/index.xhtml");
    assertThat(browser.heading()).isEqualTo("You cannot open this page");
    browser.open("admin/audit/export");
    assertThat(browser.heading()).isEqualTo("You cannot open this page");
  }

  @Test
  void theCouncilAndOutcomePagesShowTheirHistory() {
    long council = Api.newCouncil("Historic Council");
    rename(council, "Historic Council", "Historic Borough Council");
    long outcome =
        Api.asAdmin()
            .post("api/v1/councils/" + council + "/assessments", OUTCOME)
            .object()
            .getJsonNumber("id")
            .longValue();
    Browser browser = session.browser().signIn(Api.LEAD, "Fernshire-lead-2026");

    browser.open("admin/councils/council.xhtml?id=" + council);
    String history = browser.text(By.id("history"));
    assertThat(history).contains("UPDATE", "CREATE", "admin");
    assertThat(history).contains("name: Historic Council → Historic Borough Council");
    assertThat(history.indexOf("UPDATE")).isLessThan(history.indexOf("CREATE"));
    browser.assertAccessible();

    browser.open("admin/assessments/assessment.xhtml?id=" + outcome);
    assertThat(browser.text(By.id("history"))).contains("CREATE", "publishedOn: 2025-03-01");
    browser.assertAccessible();
  }
}
