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
}
