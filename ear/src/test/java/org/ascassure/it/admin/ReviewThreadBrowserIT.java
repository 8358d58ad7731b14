package org.ascassure.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.ascassure.it.Api;
import org.ascassure.it.AscAssureServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * A lead writes a narrative citing the council's evidence, an auditor queries it, the lead answers
 * from "Open queries" and the auditor resolves – all in the browser.
 */
@ExtendWith(AscAssureServer.class)
class ReviewThreadBrowserIT {

  @RegisterExtension static BrowserSession session = new BrowserSession();

  private static final String QS2 = "QS2 – What is our performance and how do we know?";

  @Test
  void aLeadCitesEvidenceAnAuditorQueriesItTheLeadAnswersAndTheAuditorResolves() {
    long council = Api.newCouncil("Quarrydale Council");
    Api.Reply survey =
        Api.as(Api.LEAD)
            .post(
                "api/v1/councils/" + council + "/evidence",
                "{\"title\":\"Adult social care survey 2025\","
                    + "\"categories\":[\"PEOPLES_EXPERIENCE\"],\"statements\":[\"QS2\"],"
                    + "\"status\":\"CURRENT\"}");
    assertThat(survey.status()).as(survey.body()).isEqualTo(201);
    assertThat(survey.object().getString("ref")).isEqualTo("E1");
    long sa = SelfAssessmentBrowserIT.startAsLead(council, "Self-assessment 2026");
    String question = "How many people answered the survey you cite as E1?";

    Browser browser = session.browser().signIn(Api.LEAD, Api.password(Api.LEAD));
    browser.open("admin/self-assessments/part.xhtml?id=" + sa + "&slot=STATEMENT_PERFORMANCE:QS2");
    assertThat(browser.heading()).isEqualTo(QS2);
    browser.typeInEditor("Nine in ten people say they feel safe ");
    browser.keys("E1");
    browser.waitForText(By.id("citation-status"), "1 evidence item matches");
    browser.keys(Keys.ENTER);
    browser.waitForText(By.id("citation-status"), "E1 cited");
    browser.keys(".");
    browser.click("part:save");
    assertThat(browser.messages()).contains("Saved as revision 1 (9 words).");
    assertThat(browser.editorText()).isEqualTo("Nine in ten people say they feel safe (E1).");
    assertThat(browser.text(By.id("citation-warnings")))
        .contains("Every citation matches current evidence.");
    browser.assertAccessible();

    browser.signOutByForgetting();
    browser.signIn(Api.AUDITOR, Api.password(Api.AUDITOR));
    browser.open("admin/self-assessments/part.xhtml?id=" + sa + "&slot=STATEMENT_PERFORMANCE:QS2");
    assertThat(browser.heading()).isEqualTo(QS2);
    assertThat(browser.text(By.id("narrative"))).contains("feel safe (E1).");
    browser.choose(By.id("verdict:value"), "Queried");
    browser.type("verdict:text", question);
    browser.click("verdict:record");
    browser.waitForText(By.id("messages"), "Your verdict \"Queried\" has been recorded.");
    assertThat(browser.messages()).contains("Your verdict \"Queried\" has been recorded.");
    assertThat(browser.text(By.id("review-0"))).contains("Queried by demo.auditor", question);
    browser.assertAccessible();

    browser.signOutByForgetting();
    browser.signIn(Api.LEAD, Api.password(Api.LEAD));
    browser.clickLink("Open queries");
    assertThat(browser.heading()).isEqualTo("Open queries");
    assertThat(browser.text(By.id("open"))).contains(question);
    browser.assertAccessible();
    browser.click(By.xpath("//table[@id='open']//tr[td[contains(., '" + question + "')]]//a"));
    assertThat(browser.heading()).isEqualTo(QS2);
    browser.type("thread:reviews:0:answer", "The 2025 adult social care survey: 412 replies.");
    browser.click("thread:reviews:0:send");
    browser.waitForText(By.id("messages"), "Your answer has been added to the thread.");
    assertThat(browser.messages()).contains("Your answer has been added to the thread.");
    assertThat(browser.text(By.id("review-0")))
        .contains("demo.lead", "The 2025 adult social care survey: 412 replies.");
    assertThat(browser.text(By.id("changes")))
        .as("the part's history shows the lead's revision")
        .contains("demo.lead UPDATE")
        .contains("revision: 0 → 1");
    browser.assertAccessible();

    browser.signOutByForgetting();
    browser.signIn(Api.AUDITOR, Api.password(Api.AUDITOR));
    browser.clickLink("Review queue");
    browser.clickLink("Quarrydale Council");
    assertThat(browser.heading()).isEqualTo("Review queue: Quarrydale Council");
    assertThat(browser.text(By.cssSelector("#queue tbody tr:first-child")))
        .contains("Answered: awaiting your decision");
    browser.assertAccessible();
    browser.click(By.cssSelector("#queue tbody tr:first-child a"));
    assertThat(browser.heading()).isEqualTo(QS2);
    browser.type("thread:reviews:0:note", "Thanks, that is clear.");
    browser.click("thread:reviews:0:resolve");
    browser.waitForText(By.id("messages"), "The review has been resolved.");
    assertThat(browser.messages()).contains("The review has been resolved.");
    assertThat(browser.text(By.id("review-0")))
        .contains("resolved", "Resolved by demo.auditor", "Thanks, that is clear.");
    assertThat(browser.has(By.id("thread:reviews:0:answer"))).isFalse();
  }

  @Test
  void anAuditorQueriesAnEvidenceItemTheLeadAnswersAndOthersOnlyRead() {
    long council = Api.newCouncil("Evidence Review Council");
    Api.Reply created =
        Api.as(Api.LEAD)
            .post(
                "api/v1/councils/" + council + "/evidence",
                "{\"title\":\"Carers survey 2025\",\"categories\":[\"PEOPLES_EXPERIENCE\"],"
                    + "\"statements\":[\"QS1\"]}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long item = created.object().getJsonNumber("id").longValue();
    String page = "admin/evidence/item.xhtml?id=" + item;
    String question = "How many carers answered, and when?";

    Browser browser = session.browser().signIn(Api.AUDITOR, Api.password(Api.AUDITOR));
    browser.open(page);
    assertThat(browser.text(By.id("reviews-heading"))).isEqualTo("Auditor review");
    browser.choose(By.id("verdict:value"), "Queried");
    browser.click("verdict:record");
    browser.waitForText(By.id("messages"), "A query needs the question for the lead.");
    browser.choose(By.id("verdict:value"), "Queried");
    browser.type("verdict:text", question);
    browser.click("verdict:record");
    browser.waitForText(By.id("messages"), "Your verdict \"Queried\" has been recorded.");
    assertThat(browser.messages()).contains("Your verdict \"Queried\" has been recorded.");
    assertThat(browser.text(By.id("review-0"))).contains("Queried by demo.auditor", question);
    browser.assertAccessible();

    browser.signOutByForgetting();
    browser.signIn(Api.DIRECTOR, Api.password(Api.DIRECTOR));
    browser.open(page);
    assertThat(browser.text(By.id("review-0"))).contains(question);
    assertThat(browser.has(By.id("verdict:value"))).as("a director records no verdict").isFalse();
    assertThat(browser.has(By.id("thread:reviews:0:answer"))).as("nor answers").isFalse();

    browser.signOutByForgetting();
    browser.signIn(Api.LEAD, Api.password(Api.LEAD));
    browser.open(page);
    assertThat(browser.has(By.id("verdict:value"))).isFalse();
    browser.type("thread:reviews:0:answer", "214 carers, in March 2025.");
    browser.click("thread:reviews:0:send");
    browser.waitForText(By.id("messages"), "Your answer has been added to the thread.");
    assertThat(browser.text(By.id("review-0"))).contains("demo.lead", "214 carers, in March 2025.");
    browser.type("item:title", "Carers survey 2025 (adult carers)");
    browser.click("item:save");
    browser.waitForText(By.id("history"), "Carers survey 2025 (adult carers)");
    assertThat(browser.text(By.id("history")))
        .as("the history panel shows the last change first")
        .contains("UPDATE")
        .contains("Carers survey 2025 (adult carers)");
    browser.assertAccessible();

    browser.signOutByForgetting();
    browser.signIn(Api.AUDITOR, Api.password(Api.AUDITOR));
    browser.open(page);
    browser.type("thread:reviews:0:note", "Enough for now.");
    browser.click("thread:reviews:0:resolve");
    browser.waitForText(By.id("messages"), "The review has been resolved.");
    assertThat(browser.text(By.id("review-0"))).contains("Resolved by demo.auditor");
  }
}
