package org.ascassure.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.ascassure.it.Api;
import org.ascassure.it.AscAssureServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * A director's day: start a plan for the council's published outcome, add a workstream and an
 * action, freeze the monthly board report, find the action blocked, see its RAG turn red with the
 * reason and the dashboard change, freeze the quarterly DHSC report and compare it with the
 * previous one.
 */
@ExtendWith(AscAssureServer.class)
class DirectorsDayBrowserIT {

  @RegisterExtension static BrowserSession session = new BrowserSession();

  private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Test
  void blockingAnActionShowsOnTheDashboardAndInTheQuarterlyComparison() {
    String name = "Directors Day Council " + System.nanoTime();
    long council = Api.newCouncil(name);
    Api.asAdmin()
        .post(
            "api/v1/councils/" + council + "/assessments",
            "{\"framework\":\"cqc-la-2023\",\"publishedOn\":\"2025-06-30\",\"scores\":"
                + "{\"QS1\":2,\"QS2\":2,\"QS3\":1,\"QS4\":2,\"QS5\":3,\"QS6\":2,\"QS7\":2,"
                + "\"QS8\":2,\"QS9\":3}}");
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    Browser browser = session.browser();

    browser.signIn(Api.DIRECTOR, "Fernshire-director-2026");
    browser.clickLink("Improvement plans");
    assertThat(browser.heading()).isEqualTo("Improvement plans");
    browser.assertAccessible();
    browser.choose(By.id("start:council"), name);
    browser.type("start:title", "Adult social care improvement plan");
    browser.click("start:create");
    assertThat(browser.heading()).isEqualTo("Adult social care improvement plan");
    assertThat(browser.messages())
        .contains("The plan 'Adult social care improvement plan' has been started.");

    browser.type("newWorkstream:title", "Timely assessments");
    browser.type("newWorkstream:lead", "Priya Hollis");
    browser.type("newWorkstream:codes", "QS1, QS4");
    browser.type("newWorkstream:low", "650000");
    browser.type("newWorkstream:high", "820000");
    browser.click("newWorkstream:add");
    browser.choose(By.id("newAction:workstream"), "Timely assessments");
    browser.type("newAction:title", "Clear the waiting list");
    browser.type("newAction:owner", Api.LEAD);
    browser.type("newAction:start", today.format(UK));
    browser.type("newAction:due", today.plusDays(90).format(UK));
    browser.click("newAction:add");
    browser.waitForText(By.id("messages"), "The action 'Clear the waiting list' has been added.");
    assertThat(browser.messages()).contains("The action 'Clear the waiting list' has been added.");
    assertThat(browser.text(By.id("history-heading"))).isEqualTo("History");
    assertThat(browser.text(By.tagName("main")))
        .contains("Clear the waiting list")
        .contains("GREEN");
    browser.assertAccessible();

    browser.clickLink("Director's dashboard");
    assertThat(browser.has(By.cssSelector("#ragChart canvas"))).as("the chart is drawn").isTrue();
    assertThat(browser.text(By.id("ragCounts"))).contains("Timely assessments 0 0 1 0");
    assertThat(browser.text(By.id("costs"))).contains("£650000 to £820000");
    browser.assertAccessible();
    browser.choose(By.id("freeze:audience"), "Monthly delivery board");
    browser.click("freeze:save");
    assertThat(browser.heading()).startsWith("Snapshots:");

    browser.clickLink("Adult social care improvement plan");
    browser.clickLink("Clear the waiting list");
    assertThat(browser.text(By.id("rag"))).startsWith("GREEN");
    browser.assertAccessible();
    browser.choose(By.id("progress:status"), "BLOCKED");
    browser.type("progress:blockedReason", "Two social workers on long-term leave");
    browser.type("progress:note", "Paused until cover is agreed.");
    browser.click("progress:save");
    browser.waitForText(By.id("messages"), "Your update has been recorded.");
    assertThat(browser.messages()).contains("Your update has been recorded.");
    assertThat(browser.text(By.id("rag")))
        .isEqualTo("RED Blocked: Two social workers on long-term leave");
    assertThat(browser.text(By.id("history"))).contains("Paused until cover is agreed.");
    assertThat(browser.text(By.id("changes")))
        .as("the audit trail's panel shows the block first")
        .contains("UPDATE")
        .contains("BLOCKED");
    browser.assertAccessible();

    browser.clickLink("Adult social care improvement plan");
    browser.clickLink("Director's dashboard");
    assertThat(browser.text(By.id("ragCounts"))).contains("Timely assessments 1 0 0 0");
    assertThat(browser.text(By.id("slipped"))).contains("Clear the waiting list");
    assertThat(browser.text(By.id("deadlines"))).contains("Stage 3 quarterly update to DHSC");
    browser.assertAccessible();
    browser.choose(By.id("freeze:audience"), "Quarterly update to DHSC");
    browser.click("freeze:save");

    assertThat(browser.text(By.id("snapshots"))).contains("Quarterly update to DHSC");
    assertThat(browser.text(By.id("ragChanges")))
        .contains("Clear the waiting list")
        .contains("GREEN")
        .contains("RED");
    assertThat(browser.text(By.id("slipped"))).contains("GREEN → RED");
    browser.assertAccessible();

    // the month's highlight report: the director sees red computed and chooses amber, with why
    browser.clickLink("Adult social care improvement plan");
    browser.clickLink("Highlight reports of Timely assessments");
    assertThat(browser.heading()).isEqualTo("Highlight reports: Timely assessments");
    assertThat(browser.text(By.id("rag-today"))).startsWith("RED");
    browser.assertAccessible();
    String month = java.time.YearMonth.from(today).toString();
    assertThat(browser.value("highlight:period")).isEqualTo(month);
    browser.type("highlight:achievements", "Waiting list down by a fifth.");
    browser.type("highlight:nextSteps", "Agree agency cover for the two vacancies.");
    browser.type("highlight:risks", "Cover may not be found before winter.");
    browser.choose(By.id("highlight:chosenRag"), "AMBER");
    browser.click("highlight:save");
    browser.waitForText(By.id("messages"), "say why");
    assertThat(browser.messages())
        .anySatisfy(m -> assertThat(m).contains("differs from the computed one (RED): say why"));
    assertThat(browser.value("highlight:achievements")).isEqualTo("Waiting list down by a fifth.");
    browser.type("highlight:ragReason", "Cover is agreed from next week.");
    browser.click("highlight:save");
    browser.waitForText(By.id("messages"), "has been saved.");
    assertThat(browser.messages().get(0))
        .startsWith("The highlight report for")
        .endsWith("has been saved.");
    String report = browser.text(By.id("report-" + month));
    assertThat(report)
        .contains("AMBER")
        .contains("computed RED")
        .contains("why: Cover is agreed from next week.")
        .contains("Waiting list down by a fifth.")
        .contains("by " + Api.DIRECTOR);
    browser.assertAccessible();

    browser.click(By.partialLinkText("Edit the report for"));
    browser.type("highlight:nextSteps", "Start agency cover on Monday.");
    browser.click("highlight:save");
    browser.waitForText(By.id("messages"), "has been saved.");
    assertThat(browser.text(By.id("report-" + month))).contains("Start agency cover on Monday.");
    browser.click(By.partialLinkText("Edit the report for"));
    assertThat(browser.text(By.id("history")))
        .contains("UPDATE")
        .contains("Start agency cover on Monday.");
    browser.assertAccessible();
  }
}
