package org.ascassure.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.ascassure.it.Api;
import org.ascassure.it.AscAssureServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** An administrator signs in, adds a council and records its published CQC outcome. */
@ExtendWith(AscAssureServer.class)
class RecordOutcomeBrowserIT {

  @RegisterExtension static BrowserSession session = new BrowserSession();

  private static final List<String> STATEMENTS =
      List.of("QS1", "QS2", "QS3", "QS4", "QS5", "QS6", "QS7", "QS8", "QS9");

  private static By score(String statement) {
    return By.cssSelector("select[data-statement='" + statement + "']");
  }

  @Test
  void leicestershiresNineScoresGive53PercentAndRequiresImprovement() {
    Browser browser = session.browser();

    browser.open("admin/");
    assertThat(browser.heading()).as("a visitor is sent to sign in first").isEqualTo("Sign in");
    browser.assertAccessible();
    browser.type("login:username", AscAssureServer.ADMIN_USER);
    browser.type("login:password", AscAssureServer.adminPassword());
    browser.click("login:submit");
    assertThat(browser.heading()).isEqualTo("Welcome, admin");
    browser.assertAccessible();

    browser.clickLink("Councils");
    browser.clickLink("Add a council");
    assertThat(browser.heading()).isEqualTo("Add a council");
    browser.assertAccessible();
    browser.type("council:name", "Leicestershire County Council");
    browser.type("council:onsCode", Api.uniqueOnsCode());
    browser.choose(By.id("council:type"), "County council");
    browser.choose(By.id("council:region"), "East Midlands");
    browser.click("council:save");
    assertThat(browser.heading()).isEqualTo("Leicestershire County Council");
    assertThat(browser.messages()).contains("Leicestershire County Council has been added.");

    browser.clickLink("Record an outcome");
    assertThat(browser.heading()).isEqualTo("Record an outcome for Leicestershire County Council");
    browser.type("outcome:publishedOn", "17/09/2025");
    for (String statement : STATEMENTS) {
      browser.choose(
          score(statement), statement.equals("QS9") ? "3 – Good standard" : "2 – Some shortfalls");
    }
    browser.waitForText(By.id("outcome:preview"), "53%");
    assertThat(browser.text(By.id("outcome:preview"))).contains("Requires improvement");
    browser.assertAccessible();
    browser.click("outcome:save");

    assertThat(browser.heading()).isEqualTo("Outcome for Leicestershire County Council");
    assertThat(browser.messages())
        .contains("The outcome for Leicestershire County Council has been recorded.");
    assertThat(browser.text(By.id("overall-percent"))).isEqualTo("53%");
    assertThat(browser.text(By.id("rating"))).isEqualTo("Requires improvement");
    assertThat(browser.text(By.id("notifiable"))).isEqualTo("None");
    browser.assertAccessible();

    String councilLink = browser.href("Leicestershire County Council");
    long councilId = Long.parseLong(councilLink.substring(councilLink.indexOf("id=") + 3));
    JsonObject saved =
        Api.asAdmin().get("api/v1/councils/" + councilId + "/assessments").array().getJsonObject(0);
    assertThat(saved.getInt("overallPercent")).isEqualTo(53);
    assertThat(saved.getString("rating")).isEqualTo("REQUIRES_IMPROVEMENT");
  }

  /** An administrator at the form recording an outcome of the council. */
  private static Browser recordPageOf(long council) {
    return session
        .browser()
        .signInAsAdmin()
        .open("admin/assessments/record.xhtml?council=" + council);
  }

  @Test
  void aStatementScored1IsShownAsNotifiable() {
    long council = Api.newCouncil("Lowmoor Council");
    Browser browser = recordPageOf(council);
    browser.type("outcome:publishedOn", "2025-03-01");
    browser.choose(score("QS1"), "1 – Significant shortfalls");
    browser.choose(score("QS2"), "2 – Some shortfalls");
    browser.click("outcome:save");

    assertThat(browser.text(By.id("overall-percent"))).isEqualTo("38%");
    assertThat(browser.text(By.id("rating"))).isEqualTo("Inadequate");
    assertThat(browser.text(By.id("notifiable"))).isEqualTo("QS1");
  }

  @Test
  void aWrongDateIsExplainedAndTheScoresEnteredStay() {
    long council = Api.newCouncil("Hasty Council");
    Browser browser = recordPageOf(council);
    browser.type("outcome:publishedOn", "31/02/2025");
    browser.choose(score("QS4"), "4 – Exceptional standard");
    browser.click("outcome:save");

    assertThat(browser.messages())
        .contains(
            "'31/02/2025' is not a date: write it as day/month/year, for example 17/09/2025.");
    assertThat(browser.chosen(score("QS4"))).isEqualTo("4 – Exceptional standard");
    assertThat(browser.value("outcome:publishedOn")).isEqualTo("31/02/2025");
    browser.assertAccessible();
    assertThat(Api.asAdmin().get("api/v1/councils/" + council + "/assessments").array()).isEmpty();
  }

  @Test
  void milestonesFindingsAndDeadlineRulesAreCorrectedInTheBrowser() {
    long council = Api.newCouncil("Timeline Forms Council");
    long assessment =
        Api.asAdmin()
            .post(
                "api/v1/councils/" + council + "/assessments",
                "{\"framework\":\"cqc-la-2023\",\"publishedOn\":\"2025-06-30\",\"scores\":"
                    + "{\"QS1\":2,\"QS2\":2,\"QS3\":2,\"QS4\":2,\"QS5\":3,\"QS6\":2,"
                    + "\"QS7\":2,\"QS8\":2,\"QS9\":3}}")
            .object()
            .getJsonNumber("id")
            .longValue();
    Browser browser =
        session
            .browser()
            .signInAsAdmin()
            .open("admin/assessments/assessment.xhtml?id=" + assessment);

    browser.choose(By.id("milestone:kind"), "Site visit week");
    browser.type("milestone:planned", "12/05/2025");
    browser.type("milestone:cases", "6");
    browser.click("milestone:save");
    browser.waitForText(By.id("messages"), "Only case-tracking");
    assertThat(browser.messages())
        .contains("Only case-tracking milestones record a number of cases.");
    assertThat(browser.value("milestone:planned")).isEqualTo("12/05/2025");
    browser.type("milestone:cases", "");
    browser.click("milestone:save");
    browser.waitForText(By.id("messages"), "has been saved");
    assertThat(browser.messages()).contains("The milestone 'Site visit week' has been saved.");
    assertThat(browser.text(By.id("milestones"))).contains("Site visit week 12 May 2025 Not yet");
    browser.assertAccessible();
    browser.click(By.cssSelector("a[aria-label='Change Site visit week']"));
    browser.type("milestone:actual", "13/05/2025");
    browser.click("milestone:save");
    browser.waitForText(By.id("milestones"), "13 May 2025");
    assertThat(browser.text(By.id("milestones")))
        .contains("Site visit week 12 May 2025 13 May 2025");

    browser.choose(By.id("finding:statement"), "QS2 Supporting people to live healthier lives");
    browser.choose(By.id("finding:kind"), "Strength");
    browser.type("finding:text", "Strong prevention offr");
    browser.click("finding:save");
    browser.waitForText(By.id("messages"), "The finding has been added.");
    assertThat(browser.messages()).contains("The finding has been added.");
    browser.click(By.cssSelector("a[aria-label='Edit finding: Strong prevention offr']"));
    assertThat(browser.value("finding:text")).isEqualTo("Strong prevention offr");
    browser.type("finding:text", "Strong prevention offer");
    browser.click("finding:save");
    browser.waitForText(By.id("messages"), "The finding has been changed.");
    assertThat(browser.messages()).contains("The finding has been changed.");
    assertThat(browser.text(By.id("findings"))).contains("QS2 Strength Strong prevention offer");
    browser.assertAccessible();
    browser.click(By.cssSelector("[aria-label='Delete finding: Strong prevention offer']"));
    browser.waitForText(By.id("messages"), "The finding has been deleted.");
    assertThat(browser.messages()).contains("The finding has been deleted.");
    assertThat(browser.has(By.id("findings"))).isFalse();
    assertThat(browser.text(By.id("history-heading"))).isEqualTo("History");

    // the same administrator changes a follow-up deadline rule; a bad rating is explained
    browser.clickLink("Deadline rules");
    assertThat(browser.heading()).isEqualTo("Follow-up deadline rules");
    assertThat(browser.text(By.id("rules")))
        .contains("Stage 1 response to the CQC report")
        .contains("10 days after publication");
    browser.assertAccessible();
    browser.click(By.cssSelector("a[aria-label='Change Stage 1 response to the CQC report']"));
    assertThat(browser.value("deadlineRule:offset")).isEqualTo("10");
    browser.type("deadlineRule:ratings", "REQUIRES_IMPROVEMENT, INADEQUATE, POOR");
    browser.type("deadlineRule:occurrences", "0");
    browser.click("deadlineRule:save");
    browser.waitForText(By.id("messages"), "Occurrences must be from 1 to 40.");
    assertThat(browser.messages())
        .anySatisfy(m -> assertThat(m).startsWith("'POOR' is not a rating of any framework"))
        .contains("Occurrences must be from 1 to 40.");
    assertThat(browser.value("deadlineRule:ratings"))
        .isEqualTo("REQUIRES_IMPROVEMENT, INADEQUATE, POOR");
    browser.assertAccessible();
    browser.type("deadlineRule:ratings", "REQUIRES_IMPROVEMENT, INADEQUATE");
    browser.type("deadlineRule:occurrences", "1");
    browser.click("deadlineRule:save");
    browser.waitForText(By.id("messages"), "has been changed.");
    assertThat(browser.messages())
        .contains("The rule 'Stage 1 response to the CQC report' has been changed.");
  }
}
