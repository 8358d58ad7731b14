package org.ascassure.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.ascassure.it.Api;
import org.ascassure.it.AscAssureServer;
import org.ascassure.it.api.KpiFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * A lead reports a provider's month on the KPI page: a wrong figure is explained and kept in the
 * form, the right one shows its RAG at once and moves the trend table; a correction becomes the
 * submission's second revision.
 */
@ExtendWith(AscAssureServer.class)
class KpiBrowserIT {

  @RegisterExtension static BrowserSession session = new BrowserSession();

  @Test
  void aLeadSubmitsAFigureAndSeesTheRagAndTheTrendChange() {
    String council = "KPI Browser Council " + System.nanoTime();
    long councilId = Api.newCouncil(council);
    KpiFixture.newKpi(councilId, "Care within 72 hours");
    LocalDate lastMonth = KpiFixture.month(1);
    String monthName = lastMonth.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK));
    Browser browser = session.browser();

    browser.signIn(Api.LEAD, "Fernshire-lead-2026");
    browser.clickLink("KPIs");
    assertThat(browser.heading()).isEqualTo("Commissioned-service KPIs");
    browser.assertAccessible();
    browser.clickLink("Care within 72 hours");
    assertThat(browser.heading()).isEqualTo("Care within 72 hours");
    assertThat(browser.has(By.cssSelector("#trendChart canvas"))).as("the chart is drawn").isTrue();
    assertThat(browser.text(By.id("trend"))).contains(monthName + " Not reported –");
    browser.assertAccessible();

    browser.choose(By.id("submit:reporter"), "Alder Care (Lot 1)");
    browser.type("submit:numerator", "51");
    browser.type("submit:denominator", "50");
    browser.click("submit:save");
    assertThat(browser.messages())
        .contains("The numerator (51) cannot be larger than the denominator (50).");
    assertThat(browser.value("submit:numerator")).isEqualTo("51");
    browser.assertAccessible();

    browser.type("submit:numerator", "41");
    browser.click("submit:save");
    assertThat(String.join(" ", browser.messages()))
        .contains("Figures recorded for Alder Care (Lot 1), " + monthName)
        .contains("82% (41 of 50) meets the target of 80%")
        .contains("GREEN");
    assertThat(browser.text(By.id("trend"))).contains(monthName + " 82% (41 of 50) GREEN 1 of 3");
    assertThat(browser.text(By.id("league"))).contains("1 Alder Care (Lot 1) 82% (41 of 50) GREEN");
    assertThat(browser.text(By.id("missing")))
        .contains("Birch Homecare (Lot 1)")
        .contains("Cedar Support (Lot 2)");
    browser.assertAccessible();

    browser.click(By.partialLinkText("1: history"));
    browser.type("correct:numerator", "38");
    browser.type("correct:notes", "Three starts were counted twice");
    browser.click("correct:save");
    assertThat(browser.messages())
        .contains("The correction has been saved as the submission's latest revision.");
    assertThat(browser.text(By.id("rag"))).contains("AMBER").contains("76%");
    assertThat(browser.text(By.id("revisions")))
        .contains("2 76% (38 of 50)")
        .contains("1 82% (41 of 50)");
    browser.assertAccessible();
  }
}
