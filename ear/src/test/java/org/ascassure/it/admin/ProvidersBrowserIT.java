package org.ascassure.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ascassure.it.Api;
import org.ascassure.it.AscAssureServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * A lead imports the council's CQC file, watches it finish, reads the quality dashboard on a date
 * (figures, chart and the chart's table, the providers whose rating fell and those never
 * inspected), files the figures as evidence; a director moves the target and sees the verdict
 * change. Every page passes axe.
 */
@ExtendWith(AscAssureServer.class)
class ProvidersBrowserIT {

  @RegisterExtension static BrowserSession session = new BrowserSession();

  private static final String CSV =
      "Location ID,Location Name,Location HSCA start date,Location Latest Overall Rating,"
          + "Publication Date,Service type - Care home service with nursing,"
          + "Service type - Supported living service\n"
          + "1-5001,\"Fallow Fields, Nursing\",01/01/2015,Good,10/01/2024,Y,\n"
          + "1-5002,Little Orchard Supported Living,01/01/2016,Good,11/02/2024,,Y\n"
          + "1-5003,Kilnworth Nursing Home,01/01/2014,Inadequate,12/03/2024,Y,\n"
          + ",Nameless Id House,01/01/2014,Good,12/03/2024,Y,\n";

  @Test
  void aLeadImportsTheFileReadsTheDashboardAndFilesItAsEvidence() throws Exception {
    String name = "Providers Browser Council " + System.nanoTime();
    long council = Api.newCouncil(name);
    Path file = Files.createTempFile("cqc-directory", ".csv");
    Files.writeString(file, CSV, StandardCharsets.UTF_8);
    Browser browser = session.browser();

    browser.signIn(Api.LEAD, "Fernshire-lead-2026");
    browser.open("admin/providers/index.xhtml?council=" + council);
    browser.clickLink("Import a CQC file");
    browser.assertAccessible();
    browser.attach(By.id("upload:file"), file);
    browser.click("upload:send");
    browser.waitForText(By.id("summary"), "3 added, 0 changed, 0 unchanged.");
    assertThat(browser.text(By.id("problems"))).isEqualTo("row 5: no CQC location id");
    assertThat(
            browser.script("arguments[arguments.length - 1](document.getElementById('bar').value)"))
        .as("the progress bar is full when the import is done")
        .isEqualTo(100L);
    assertThat(browser.text(By.id("total"))).isEqualTo("4");
    assertThat(browser.text(By.id("created"))).isEqualTo("3");
    assertThat(browser.text(By.id("rejected"))).isEqualTo("1");
    browser.assertAccessible();

    // Kilnworth was Good a year before its Inadequate rating; Old Mill was never inspected
    String providers = "api/v1/councils/" + council + "/providers";
    long kilnworth =
        Api.as(Api.LEAD)
            .get(providers + "?q=Kilnworth")
            .array()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    assertThat(
            Api.as(Api.LEAD)
                .post(
                    "api/v1/providers/" + kilnworth + "/ratings",
                    "{\"ratedOn\":\"2022-05-01\",\"overall\":\"GOOD\"}")
                .status())
        .isEqualTo(201);
    assertThat(
            Api.as(Api.LEAD)
                .post(
                    providers,
                    "{\"cqcLocationId\":\"1-5009\",\"name\":\"Old Mill Home Care\","
                        + "\"serviceType\":\"HOME_CARE\",\"registeredOn\":\"2015-01-01\"}")
                .status())
        .isEqualTo(201);

    browser.clickLink("See the providers");
    assertThat(browser.text(By.id("providers")))
        .contains("Fallow Fields, Nursing")
        .contains("Kilnworth Nursing Home");
    browser.clickLink("Quality dashboard");
    browser.type("when:date", "31/03/2024");
    browser.click("when:show");
    assertThat(browser.text(By.id("headline")))
        .contains("66.7% (2 of 3 rated services) against a target of 80%: target not met");
    assertThat(browser.has(By.cssSelector("#trendChart canvas"))).as("the chart is drawn").isTrue();
    assertThat(browser.text(By.id("trend"))).contains("2024 Q1 31 March 2024 66.7% 3");
    assertThat(browser.text(By.id("byType")))
        .contains("Care home (nursing) 50.0% 2 0 No")
        .contains("Supported living 100.0% 1 0 Yes");
    assertThat(browser.text(By.id("counts"))).contains("Care home (nursing) 0 1 0 1 0");
    assertThat(browser.text(By.id("fell-heading"))).isEqualTo("Rating fell since 31 March 2023");
    assertThat(browser.texts(By.cssSelector("#fell tbody tr")))
        .containsExactly("Kilnworth Nursing Home Good Inadequate 12 March 2024");
    assertThat(browser.text(By.id("stale-heading")))
        .isEqualTo("Not inspected for 24 months or more");
    assertThat(browser.texts(By.cssSelector("#uninspected tbody tr")))
        .containsExactly("Old Mill Home Care never 110");
    browser.assertAccessible();

    browser.click("evidence:snapshot");
    assertThat(browser.messages().get(0))
        .contains("The figures are filed in the evidence bank as E1");
    browser.assertAccessible();

    Browser director = session.browser();
    director.signOutByForgetting();
    director.signIn(Api.DIRECTOR, "Fernshire-director-2026");
    director.open("admin/providers/quality.xhtml?council=" + council + "&date=31/03/2024");
    director.type("target:targetPercent", "65");
    director.click("target:saveTarget");
    assertThat(director.messages()).contains("The target is now 65%.");
    assertThat(director.text(By.id("headline"))).contains("against a target of 65%: target met");
    director.assertAccessible();
  }
}
