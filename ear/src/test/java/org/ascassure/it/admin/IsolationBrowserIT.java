package org.ascassure.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.ascassure.it.Api;
import org.ascassure.it.AscAssureServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Another council's pages, opened by address, look exactly like pages that do not exist: same
 * status, same heading, same words, and nothing of the other council on them.
 */
@ExtendWith(AscAssureServer.class)
class IsolationBrowserIT {

  @RegisterExtension static BrowserSession session = new BrowserSession();

  private static final String OUTCOME =
      "{\"framework\":\"cqc-la-2023\",\"publishedOn\":\"2025-05-01\",\"scores\":{\"QS2\":1}}";

  private static int statusOf(Browser browser, String path) {
    Object status =
        browser.script(
            "const done = arguments[arguments.length - 1];"
                + "fetch('/"
                + path
                + "').then(r => done(r.status)).catch(e => done(-1));");
    return ((Number) status).intValue();
  }

  @Test
  void aFernshireLeadOpeningAnotherCouncilsPagesGetsThePageNotFoundPage() {
    long other = Api.newCouncilWithoutMembers("Neighbouring Secret Council");
    long outcome =
        Api.asAdmin()
            .post("api/v1/councils/" + other + "/assessments", OUTCOME)
            .object()
            .getJsonNumber("id")
            .longValue();
    long own = Api.newCouncil("Lead's Own Council");
    Browser browser = session.browser().signIn(Api.LEAD, "Fernshire-lead-2026");

    browser.open("admin/councils/council.xhtml?id=" + own);
    assertThat(browser.heading()).isEqualTo("Lead's Own Council");

    String[][] hiddenAndMissing = {
      {"admin/councils/council.xhtml?id=" + other, "admin/councils/council.xhtml?id=987654321"},
      {
        "admin/assessments/assessment.xhtml?id=" + outcome,
        "admin/assessments/assessment.xhtml?id=987654321"
      }
    };
    for (String[] pair : hiddenAndMissing) {
      browser.open(pair[1]);
      String missingTitle = browser.title();
      String missingText = browser.text(By.id("main"));
      browser.open(pair[0]);

      assertThat(browser.heading()).isEqualTo("Page not found");
      assertThat(browser.title()).isEqualTo(missingTitle);
      assertThat(browser.text(By.id("main"))).isEqualTo(missingText);
      assertThat(browser.text(By.tagName("body"))).doesNotContain("Neighbouring", "Secret");
      assertThat(statusOf(browser, pair[0])).isEqualTo(statusOf(browser, pair[1])).isEqualTo(404);
      browser.assertAccessible();
    }
  }
}
