package org.ascassure.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.ascassure.it.Api;
import org.ascassure.it.AscAssureServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * A director's day: the administrator records the council's published outcome, the director records
 * its areas for improvement and starts a plan from them, adds a workstream and an action answering
 * a finding, filters the board, freezes the monthly board report, finds the action blocked, sees
 * its RAG turn red with the reason and the dashboard change, freezes the quarterly DHSC report and
 * compares it with the previous one.
 */
@ExtendWith(AscAssureServer.class)
class DirectorsDayBrowserIT {

  @RegisterExtension static BrowserSession session = new BrowserSession();

  private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private static final String PLAN = "Adult social care improvement plan";

  private static void addFinding(Browser browser, String statement, String kind, String text) {
    browser.choose(By.id("finding:statement"), statement);
    browser.choose(By.id("finding:kind"), kind);
    browser.type("finding:text", text);
    browser.click("finding:save");
    browser.waitForText(By.id("findings"), text);
  }

  /** The text of each workstream's lane on the board, in order. */
  private static String board(Browser browser) {
    return String.join(
        " | ", browser.texts(By.cssSelector("main section[aria-labelledby^='ws-']")));
  }

  private static void filter(Browser browser, String owner, String rag, String due) {
    browser.choose(By.id("owner"), owner);
    browser.choose(By.id("rag"), rag);
    browser.choose(By.id("due"), due);
    String before = browser.currentUrl();
    browser.click("filter");
    // the filters are a plain GET form: wait for the filtered board's address
    long until = System.currentTimeMillis() + 20_000;
    while (browser.currentUrl().equals(before) && System.currentTimeMillis() < until) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    assertThat(browser.heading()).isEqualTo(PLAN);
  }

  @Test
  void blockingAnActionShowsOnTheDashboardAndInTheQuarterlyComparison() {
    String name = "Directors Day Council " + System.nanoTime();
    long council = Api.newCouncil(name);
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    LocalDate published = today.minusDays(10);
    Browser browser = session.browser();

    // the administrator records the published outcome from the report
    browser.signInAsAdmin().open("admin/assessments/record.xhtml?council=" + council);
    browser.type("outcome:publishedOn", published.format(UK));
    for (int i = 1; i <= 9; i++) {
      browser.choose(
          By.cssSelector("select[data-statement='QS" + i + "']"),
          i == 5 || i == 9 ? "3 – Good standard" : "2 – Some shortfalls");
    }
    browser.click("outcome:save");
    assertThat(browser.heading()).isEqualTo("Outcome for " + name);
    assertThat(browser.text(By.id("rating"))).isEqualTo("Requires improvement");
    String outcomePage = browser.currentUrl();
    browser.signOutByForgetting();

    // the director records what the report found, and starts the plan from its areas
    browser.signIn(Api.DIRECTOR, "Fernshire-director-2026").open(outcomePage);
    assertThat(browser.heading()).isEqualTo("Outcome for " + name);
    assertThat(browser.has(By.id("startPlan"))).as("no area for improvement yet").isFalse();
    addFinding(
        browser,
        "QS1 Assessing needs",
        "Area for improvement",
        "People wait too long for Care Act assessments");
    addFinding(
        browser, "QS2 Supporting people to live healthier lives", "Strength", "Strong prevention");
    addFinding(
        browser,
        "QS6 Safe systems, pathways and transitions",
        "Area for improvement",
        "Transitions from children's services start late");
    assertThat(browser.text(By.id("findings")))
        .contains("QS1 Area for improvement People wait too long for Care Act assessments");
    String due =
        published.plusMonths(3).format(DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK));
    assertThat(browser.text(By.id("startPlan"))).contains("due by " + due);
    browser.assertAccessible();
    browser.type("startPlan:title", PLAN);
    browser.click("startPlan:start");
    assertThat(browser.heading()).isEqualTo(PLAN);
    assertThat(browser.messages())
        .contains(
            "The plan '"
                + PLAN
                + "' has been started with 2 actions in 2 workstreams from the areas for"
                + " improvement.");
    assertThat(board(browser))
        .contains("Working with people")
        .contains("People wait too long for Care Act assessments " + Api.DIRECTOR)
        .contains("Ensuring safety within the system")
        .contains("Transitions from children's services start late")
        .doesNotContain("Strong prevention");
    browser.assertAccessible();

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
    browser.type("newAction:description", "Agency team for the oldest cases first.");
    browser.type("newAction:codes", "qs1");
    browser.click(
        By.xpath(
            "//form[@id='newAction']//label[contains(., 'People wait too long for Care Act')]"));
    browser.click("newAction:add");
    browser.waitForText(By.id("messages"), "The action 'Clear the waiting list' has been added.");
    assertThat(browser.messages()).contains("The action 'Clear the waiting list' has been added.");
    assertThat(browser.text(By.id("history-heading"))).isEqualTo("History");
    assertThat(browser.text(By.tagName("main")))
        .contains("Clear the waiting list")
        .contains("GREEN");
    browser.assertAccessible();

    // the board's filters narrow it by owner, RAG and due date
    filter(browser, Api.LEAD, "Any", "Any time");
    assertThat(board(browser))
        .contains("Clear the waiting list")
        .doesNotContain("People wait too long for Care Act assessments")
        .contains("No action matches");
    assertThat(browser.currentUrl()).contains("owner=" + Api.LEAD);
    filter(browser, "Anyone", "Any", "Within 30 days");
    assertThat(board(browser))
        .doesNotContain("Clear the waiting list")
        .doesNotContain("Transitions from children's services start late");
    filter(browser, "Anyone", "GREEN", "Within 90 days");
    assertThat(board(browser))
        .contains("Clear the waiting list")
        .contains("Transitions from children's services start late");
    filter(browser, "Anyone", "RED", "Any time");
    assertThat(board(browser)).doesNotContain("Clear the waiting list");
    browser.assertAccessible();
    filter(browser, "Anyone", "Any", "Any time");
    assertThat(board(browser))
        .as("choosing anyone, any RAG and any time shows every action again")
        .contains("Clear the waiting list")
        .contains("People wait too long for Care Act assessments")
        .doesNotContain("No action matches");

    browser.clickLink("Director's dashboard");
    assertThat(browser.has(By.cssSelector("#ragChart canvas"))).as("the chart is drawn").isTrue();
    assertThat(browser.text(By.id("ragCounts")))
        .contains("Working with people 0 0 1 0")
        .contains("Ensuring safety within the system 0 0 1 0")
        .contains("Timely assessments 0 0 1 0");
    assertThat(browser.text(By.id("costs"))).contains("£650000 to £820000");
    browser.assertAccessible();
    browser.choose(By.id("freeze:audience"), "Monthly delivery board");
    browser.click("freeze:save");
    assertThat(browser.heading()).startsWith("Snapshots:");

    browser.clickLink(PLAN);
    browser.clickLink("Clear the waiting list");
    assertThat(browser.text(By.id("rag"))).startsWith("GREEN");
    assertThat(browser.text(By.id("description")))
        .isEqualTo("Agency team for the oldest cases first.");
    assertThat(browser.text(By.id("linked-findings")))
        .isEqualTo("QS1 Area for improvement: People wait too long for Care Act assessments");
    browser.assertAccessible();
    browser.type("change:description", "Agency team for the oldest cases, then the rest.");
    browser.type("change:codes", "QS1, QS6");
    browser.click(
        By.xpath("//form[@id='change']//label[contains(., 'Transitions from children')]"));
    browser.click("change:save");
    browser.waitForText(By.id("messages"), "The action has been changed.");
    assertThat(browser.text(By.id("description")))
        .isEqualTo("Agency team for the oldest cases, then the rest.");
    assertThat(browser.text(By.id("statements"))).isEqualTo("QS1, QS6");
    assertThat(browser.text(By.id("linked-findings")))
        .contains("QS1 Area for improvement: People wait too long for Care Act assessments")
        .contains("QS6 Area for improvement: Transitions from children's services start late");
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

    browser.clickLink(PLAN);
    filter(browser, "Anyone", "RED", "Any time");
    assertThat(board(browser))
        .contains("Clear the waiting list")
        .doesNotContain("People wait too long for Care Act assessments");
    browser.clickLink("Director's dashboard");
    assertThat(browser.text(By.id("ragCounts")))
        .contains("Working with people 0 0 1 0")
        .contains("Timely assessments 1 0 0 0");
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
    browser.clickLink(PLAN);
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
