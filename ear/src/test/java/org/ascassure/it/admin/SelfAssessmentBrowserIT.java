package org.ascassure.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.ascassure.it.Api;
import org.ascassure.it.AscAssureServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * A lead starts a self-assessment, writes a statement's narrative citing evidence and scores it;
 * directors move it on; auditors and directors read but cannot write.
 */
@ExtendWith(AscAssureServer.class)
class SelfAssessmentBrowserIT {

  @RegisterExtension static BrowserSession session = new BrowserSession();

  private static final String QS4 = "QS4 – What is our performance and how do we know?";

  @Test
  void aLeadWritesAStatementNarrativeAndSeesWordsAndThePredictedRating() {
    long council = Api.newCouncil("Brookvale Council");
    Browser browser = session.browser().signIn(Api.LEAD, Api.password(Api.LEAD));

    browser.open("admin/councils/council.xhtml?id=" + council);
    assertThat(browser.text(By.id("self-assessments-heading"))).isEqualTo("Self-assessments");
    browser.assertAccessible();
    browser.clickLink("Start a self-assessment");
    assertThat(browser.heading()).isEqualTo("Start a self-assessment");
    browser.assertAccessible();
    browser.click("start:save");
    assertThat(browser.messages()).contains("The title is required.", "The period is required.");
    browser.type("start:title", "Adult social care self-assessment 2026");
    browser.type("start:period", "2025/26");
    browser.click("start:save");

    assertThat(browser.heading()).isEqualTo("Adult social care self-assessment 2026");
    assertThat(browser.text(By.id("status"))).isEqualTo("Draft");
    long sa = idIn(browser);
    assertThat(browser.text(By.id("progress"))).startsWith("0 words");
    assertThat(browser.text(By.cssSelector("td[data-slot='STATEMENT_PERFORMANCE:QS4']")))
        .isEqualTo("0 – empty");
    browser.assertAccessible();

    browser.clickLink(QS4);
    assertThat(browser.heading()).isEqualTo(QS4);
    browser.assertAccessible();
    browser.typeInEditor(
        "Most people get a care act assessment within 28 days (E1). Waiting lists halved (E2, E3).");
    browser.click("part:save");
    assertThat(browser.messages()).contains("Saved as revision 1 (16 words).");
    assertThat(browser.editorText()).contains("Waiting lists halved (E2, E3).");
    assertThat(browser.text(By.id("citation-warnings")))
        .as("the council has no evidence yet, so no citation resolves")
        .contains("E1 matches no evidence item.", "E3 matches no evidence item.");
    browser.choose(By.id("score:value"), "2");
    browser.type("score:rationale", "Waits are falling but still too long for some.");
    browser.click("score:save");
    assertThat(browser.messages()).contains("The self-score of QS4 is now 2.");
    browser.assertAccessible();

    browser.clickLink("Adult social care self-assessment 2026");
    assertThat(browser.text(By.cssSelector("td[data-slot='STATEMENT_PERFORMANCE:QS4']")))
        .isEqualTo("16");
    assertThat(browser.text(By.id("predicted-percent"))).isEqualTo("50%");
    assertThat(browser.text(By.id("predicted-rating"))).isEqualTo("Requires improvement");
    assertThat(browser.text(By.id("predicted-notifiable"))).isEqualTo("None");

    browser.clickLink("Citations and coverage");
    assertThat(browser.heading()).isEqualTo("Citations and coverage");
    assertThat(browser.text(By.id("citation-summary"))).startsWith("3 citations;");
    assertThat(browser.text(By.id("unresolved"))).contains("E2", "QS4");
    assertThat(browser.text(By.id("coverage"))).contains("0 – gap");
    browser.assertAccessible();
    browser.clickLink("Adult social care self-assessment 2026");

    browser.assertAccessible();

    browser.clickLink("My work");
    assertThat(browser.heading()).isEqualTo("My work");
    assertThat(browser.text(By.id("summary"))).matches("\\d+ of \\d+ parts are still empty\\.");
    assertThat(browser.text(By.cssSelector("#assignments tbody tr:first-child td:last-child")))
        .as("empty parts first")
        .isEqualTo("Empty");
    browser.assertAccessible();

    JsonObject narrative =
        Api.as(Api.LEAD)
            .get("api/v1/self-assessments/" + sa + "/statements/QS4/narrative")
            .object();
    assertThat(narrative.getString("html")).contains("(E1)");
  }

  @Test
  void leadsSubmitForReviewDirectorsEndorseAndOthersOnlyRead() {
    long council = Api.newCouncil("Ashdown Council");
    long sa = startAsLead(council, "Self-assessment 2026");
    Browser browser = session.browser().signIn(Api.LEAD, Api.password(Api.LEAD));
    browser.open("admin/self-assessments/self-assessment.xhtml?id=" + sa);
    assertThat(browser.has(By.id("status-form:endorse"))).as("a lead cannot endorse").isFalse();
    browser.type("status-form:note", "Ready for the director");
    browser.click("status-form:submit-for-review");
    assertThat(browser.messages()).contains("The self-assessment has been submitted for review.");
    assertThat(browser.text(By.id("status"))).isEqualTo("In review");

    browser.signOutByForgetting();
    browser.signIn(Api.DIRECTOR, Api.password(Api.DIRECTOR));
    browser.open("admin/self-assessments/self-assessment.xhtml?id=" + sa);
    assertThat(browser.has(By.id("status-form:return-to-draft"))).isTrue();
    browser.click("status-form:endorse");
    assertThat(browser.text(By.id("status"))).isEqualTo("Endorsed");
    browser.type("publish:versionNote", "As endorsed");
    browser.click("publish:publish");
    assertThat(browser.messages())
        .contains("Version v1 has been published: it will always read as it does now.");
    browser.type("signoff:name", "Sam Carer");
    browser.type("signoff:role", "Carers' forum chair");
    browser.type("signoff:givenOn", "01/03/2026");
    browser.type("signoff:comment", "We recognise our experience in this.");
    browser.click("signoff:add");
    assertThat(browser.messages())
        .contains("Stakeholder comment from Sam Carer has been recorded.");
    browser.assertAccessible();
    browser.clickLink("v1");
    assertThat(browser.heading()).isEqualTo("v1 of Self-assessment 2026");
    browser.assertAccessible();

    browser.signOutByForgetting();
    browser.signIn(Api.AUDITOR, Api.password(Api.AUDITOR));
    browser.open("admin/self-assessments/part.xhtml?id=" + sa + "&slot=KEY_RISKS");
    assertThat(browser.heading()).isEqualTo("Key risks and challenges");
    assertThat(browser.has(By.cssSelector(".ql-editor"))).as("no editor for an auditor").isFalse();
    assertThat(browser.text(By.id("narrative"))).isEqualTo("Nothing has been written yet.");
    browser.assertAccessible();
  }

  @Test
  void aDirectorComparesTwoVersionsAndSeesWhatChangedSinceTheLast() {
    long council = Api.newCouncil("Comparing Council");
    long sa = startAsLead(council, "Compared self-assessment");
    String base = "api/v1/self-assessments/" + sa;
    saveAsLead(base + "/narratives/KEY_STRENGTHS", "<p>Strong partnerships with health.</p>");
    saveAsLead(base + "/narratives/STATEMENT_PERFORMANCE:QS2", "<p>Prevention is patchy.</p>");
    Api.as(Api.LEAD).post(base + "/versions", "{}");
    saveAsLead(
        base + "/narratives/KEY_STRENGTHS", "<p>Strong and trusted partnerships with health.</p>");
    Api.as(Api.LEAD).post(base + "/versions", "{}");
    saveAsLead(base + "/narratives/STATEMENT_PERFORMANCE:QS2", "<p>Prevention is improving.</p>");

    Browser browser = session.browser().signIn(Api.DIRECTOR, Api.password(Api.DIRECTOR));
    browser.open("admin/self-assessments/self-assessment.xhtml?id=" + sa);
    browser.click(By.id("compare-versions"));
    assertThat(browser.heading()).isEqualTo("Compare versions: Compared self-assessment");
    assertThat(browser.text(By.id("changes-summary")))
        .as("by default the newest version against the working draft")
        .startsWith("From v2 to the working draft: 1 part changed, 31 unchanged;");
    browser.choose(By.id("from"), "v1");
    browser.choose(By.id("to"), "v2");
    browser.click("compare");
    assertThat(browser.text(By.id("changes-summary")))
        .isEqualTo("From v1 to v2: 1 part changed, 31 unchanged; 0 self-scores changed.");
    assertThat(browser.text(By.id("part-0"))).isEqualTo("Key strengths");
    assertThat(browser.text(By.cssSelector("#diff-0 ins"))).contains("and trusted");
    browser.assertAccessible();

    browser.clickLink("Compared self-assessment");
    browser.clickLink("v1");
    browser.clickLink("What has changed since v1");
    assertThat(browser.text(By.id("changes-summary")))
        .startsWith("From v1 to the working draft: 2 parts changed, 30 unchanged;");
    assertThat(browser.text(By.id("part-1")))
        .isEqualTo("QS2 – What is our performance and how do we know?");
    assertThat(browser.text(By.cssSelector("#diff-1 del"))).contains("patchy.");
    browser.clickLink("Open the part");
    assertThat(browser.heading()).isEqualTo("Key strengths");
  }

  private static void saveAsLead(String path, String html) {
    String etag = Api.as(Api.LEAD).get(path).header("ETag");
    Api.Reply saved =
        Api.as(Api.LEAD)
            .header("If-Match", etag)
            .put(path, "{\"html\":" + jakarta.json.Json.createValue(html) + "}");
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
  }

  static long startAsLead(long council, String title) {
    Api.Reply created =
        Api.as(Api.LEAD)
            .post(
                "api/v1/councils/" + council + "/self-assessments",
                "{\"title\":\"" + title + "\",\"periodLabel\":\"2025/26\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.object().getJsonNumber("id").longValue();
  }

  private static long idIn(Browser browser) {
    String url = browser.currentUrl();
    return Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
  }

  @Test
  void citationSuggestionsInsertAReferenceWithTheKeyboardAlone() {
    long council = Api.newCouncil("Autocomplete Council");
    long survey = evidence(council, "Carers survey 2025");
    evidence(council, "Waiting times audit");
    long old = evidence(council, "Waiting list snapshot 2023");
    String etag = Api.as(Api.LEAD).get("api/v1/evidence/" + old).header("ETag");
    assertThat(
            Api.as(Api.LEAD)
                .header("If-Match", etag)
                .post("api/v1/evidence/" + old + "/withdrawal", "{\"reason\":\"Superseded\"}")
                .status())
        .isEqualTo(200);
    long sa = startAsLead(council, "Autocomplete self-assessment");
    Browser browser = session.browser().signIn(Api.LEAD, Api.password(Api.LEAD));
    browser.open("admin/self-assessments/part.xhtml?id=" + sa + "&slot=STATEMENT_PERFORMANCE:QS1");

    browser.typeInEditor("Most waits are short ");
    browser.keys("Ewaiting");
    browser.waitForText(By.id("citation-status"), "2 evidence items match");
    assertThat(browser.texts(By.cssSelector("#citation-suggestions [role='option']")))
        .as("current items first, the withdrawn one marked")
        .containsExactly("E2 Waiting times audit", "E3 Waiting list snapshot 2023 – Withdrawn");
    browser.assertAccessible();
    browser.keys(Keys.ARROW_DOWN);
    assertThat(browser.text(By.cssSelector("[role='option'][aria-selected='true']")))
        .isEqualTo("E2 Waiting times audit");
    browser.keys(Keys.ENTER);
    browser.waitForText(By.id("citation-status"), "E2 cited");
    browser.keys(" and carers feel heard E", "1");
    browser.waitForText(By.id("citation-status"), "1 evidence item matches");
    browser.keys(Keys.ENTER);
    browser.keys(". Escape keeps E");
    browser.waitForText(By.id("citation-status"), "evidence items match");
    browser.keys(Keys.ESCAPE, ".");
    assertThat(browser.editorText())
        .isEqualTo("Most waits are short (E2) and carers feel heard (E1). Escape keeps E.");
    assertThat(browser.has(By.cssSelector("#citation-suggestions:not([hidden])"))).isFalse();

    browser.keys(" Typo (D1).");
    browser.click("part:save");
    assertThat(browser.text(By.id("citation-warnings")))
        .contains("D1 matches no evidence item – did you mean E1");
    browser.open("admin/self-assessments/part.xhtml?id=" + sa + "&slot=STATEMENT_PERFORMANCE:QS1");
    assertThat(browser.text(By.id("citation-warnings")))
        .as("shown under the editor as soon as the page opens")
        .contains("D1 matches no evidence item");
    assertThat(survey).isPositive();
  }

  private static long evidence(long council, String title) {
    Api.Reply created =
        Api.as(Api.LEAD)
            .post(
                "api/v1/councils/" + council + "/evidence",
                "{\"title\":\""
                    + title
                    + "\",\"categories\":[\"PROCESSES\"],\"statements\":[\"QS1\"],"
                    + "\"status\":\"CURRENT\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.object().getJsonNumber("id").longValue();
  }
}
