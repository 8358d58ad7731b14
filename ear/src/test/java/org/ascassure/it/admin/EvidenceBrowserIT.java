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
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** A lead keeps the evidence bank; directors read it; the table filters. */
@ExtendWith(AscAssureServer.class)
class EvidenceBrowserIT {

  @RegisterExtension static BrowserSession session = new BrowserSession();

  @TempDir Path dir;

  private static final By ROWS = By.cssSelector("[id='bank:items'] tbody tr");
  private static final By REFS = By.cssSelector("[id='bank:items'] tbody td.ref");
  private static final By FILE_INPUT = By.cssSelector("[id='upload'] input[type='file']");

  private static Browser asLead() {
    return session.browser().signIn(Api.LEAD, "Fernshire-lead-2026");
  }

  private static long addByApi(long council, String title, String statement) {
    Api.Reply created =
        Api.asAdmin()
            .post(
                "api/v1/councils/" + council + "/evidence",
                "{\"title\":\""
                    + title
                    + "\",\"categories\":[\"PROCESSES\"],\"statements\":[\""
                    + statement
                    + "\"],\"owner\":\"Head of Service\",\"status\":\"CURRENT\"}");
    assertThat(created.status()).isEqualTo(201);
    return created.object().getJsonNumber("id").longValue();
  }

  @Test
  void aLeadAddsAnItemUploadsAFileAndSeesItInTheBankWithItsReference() throws Exception {
    long council = Api.newCouncil("Browser Evidence Council");
    Browser browser = asLead().open("admin/evidence/index.xhtml?council=" + council);
    assertThat(browser.texts(ROWS)).containsExactly("No evidence matches these filters.");
    browser.assertAccessible();

    browser.click("add");
    assertThat(browser.heading()).isEqualTo("Add evidence");
    browser.assertAccessible();
    browser.type("item:title", "Hospital discharge pathway report");
    browser.type("item:description", "Days from medically fit to discharge, by pathway.");
    browser.click("item:categories:3");
    browser.click("item:statements:5");
    browser.type("item:owner", "Head of Hospital Social Work");
    browser.type("item:evidenceDate", "31/03/2026");
    browser.type("item:reviewBy", "31/03/2099");
    browser.click("item:save");

    assertThat(browser.messages())
        .containsExactly("E1 Hospital discharge pathway report has been added.");
    assertThat(browser.heading()).isEqualTo("E1 Hospital discharge pathway report");
    browser.assertAccessible();

    Path pdf =
        Files.write(
            dir.resolve("Discharge report Q4.pdf"),
            "%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII));
    browser.attach(FILE_INPUT, pdf);
    browser.click("upload:send");

    assertThat(browser.messages())
        .containsExactly("Discharge report Q4.pdf has been uploaded to E1.");
    assertThat(browser.text(By.id("download"))).isEqualTo("Discharge report Q4.pdf");
    assertThat(browser.text(By.id("file"))).contains("application/pdf");
    browser.assertAccessible();

    browser.click("bank-link");
    assertThat(browser.texts(REFS)).containsExactly("E1");
    assertThat(browser.texts(ROWS).get(0))
        .contains("Hospital discharge pathway report", "QS6", "Processes", "Current");
  }

  @Test
  void aDisguisedExecutableIsRefusedWithAClearMessage() throws Exception {
    long council = Api.newCouncil("Browser Wary Council");
    addByApi(council, "Board minutes", "QS8");
    Browser browser = asLead().open("admin/evidence/index.xhtml?council=" + council);
    browser.clickLink("E1");
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    Path disguised = Files.write(dir.resolve("minutes.pdf"), exe);

    browser.attach(FILE_INPUT, disguised);
    browser.click("upload:send");

    assertThat(browser.messages())
        .anySatisfy(
            m ->
                assertThat(m)
                    .startsWith("The content of 'minutes.pdf' is not a type the evidence bank"));
    assertThat(browser.text(By.id("file"))).isEqualTo("No file uploaded.");
    browser.assertAccessible();
  }

  @Test
  void aFilterNarrowsTheTable() {
    long council = Api.newCouncil("Browser Filtering Council");
    addByApi(council, "Section 42 enquiry timeliness", "QS7");
    addByApi(council, "Market position statement", "QS4");
    addByApi(council, "Safeguarding board annual report", "QS7");
    Browser browser = asLead().open("admin/evidence/index.xhtml?council=" + council);
    assertThat(browser.texts(REFS)).containsExactly("E1", "E2", "E3");

    browser.choose(By.id("filters:statement"), "QS7 Safeguarding");
    browser.click("filters:search");

    assertThat(browser.texts(REFS)).containsExactly("E1", "E3");
    browser.type("filters:q", "board");
    browser.click("filters:search");
    assertThat(browser.texts(REFS)).containsExactly("E3");
    browser.assertAccessible();
  }

  @Test
  void aSaveOverSomeoneElsesNewerChangeIsExplainedAndWhatWasTypedIsKept() {
    long council = Api.newCouncil("Browser Contested Evidence Council");
    long item = addByApi(council, "Discharge data", "QS6");
    Browser browser = asLead().open("admin/evidence/item.xhtml?id=" + item);
    browser.type("item:title", "Discharge data, quarter 2");

    // meanwhile a colleague renames it through the API
    assertThat(
            Api.asAdmin()
                .header("If-Match", "\"1\"")
                .put(
                    "api/v1/evidence/" + item,
                    "{\"title\":\"Discharge data (final)\",\"statements\":[\"QS6\"]}")
                .status())
        .isEqualTo(200);
    browser.click("item:save");

    assertThat(browser.messages())
        .anySatisfy(m -> assertThat(m).startsWith("Someone else changed this evidence item"));
    assertThat(browser.value("item:title")).isEqualTo("Discharge data, quarter 2");
    assertThat(Api.asAdmin().get("api/v1/evidence/" + item).object().getString("title"))
        .isEqualTo("Discharge data (final)");
    browser.assertAccessible();
  }

  @Test
  void aDirectorReadsTheBankButIsOfferedNoChanges() {
    long council = Api.newCouncil("Browser Reading Council");
    addByApi(council, "Workforce strategy", "QS8");
    Browser browser =
        session
            .browser()
            .signIn(Api.DIRECTOR, "Fernshire-director-2026")
            .open("admin/evidence/index.xhtml?council=" + council);

    assertThat(browser.has(By.id("add"))).isFalse();
    browser.clickLink("E1");
    assertThat(browser.heading()).isEqualTo("E1 Workforce strategy");
    assertThat(browser.has(By.id("item:save"))).isFalse();
    assertThat(browser.has(By.id("upload:send"))).isFalse();
    assertThat(browser.has(By.id("withdrawal:withdraw"))).isFalse();
    browser.assertAccessible();
  }

  @Test
  void theDownloadHoldsOnlyTheItemsOfTheFilterChosenOnThePage() throws Exception {
    long fernshire = Api.demoCouncilId();
    Browser browser = session.browser().signIn(Api.AUDITOR, "Fernshire-auditor-2026");
    browser.open("admin/evidence/index.xhtml?council=" + fernshire);
    browser.choose(By.id("filters:status"), "Withdrawn");
    browser.click("filters:search");
    assertThat(browser.texts(REFS)).containsExactly("E16", "E22");
    browser.assertAccessible();

    Path file = browser.download("download-csv", dir);

    assertThat(file.getFileName().toString()).isEqualTo("fernshire-evidence.csv");
    // the page said what it was doing, and that the file had started to arrive
    browser.waitForText(By.id("download-status"), "CSV: ready after");
    assertThat(browser.text(By.id("download-status"))).endsWith("the download has started.");
    browser.assertAccessible();
    String csv = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFReference,Title,");
    assertThat(
            org.apache.commons.csv.CSVFormat.RFC4180
                .builder()
                .setHeader()
                .get()
                .parse(new java.io.StringReader(csv.substring(1)))
                .getRecords()
                .stream()
                .map(row -> row.get("Reference") + " " + row.get("Status")))
        .containsExactly("E16 Withdrawn", "E22 Withdrawn");
  }

  @Test
  void anItemShowsWhereItIsCitedWithLinksToTheParts() {
    long council = Api.newCouncil("Browser Back-link Council");
    long cited = addByApi(council, "Carers survey 2025", "QS3");
    long uncited = addByApi(council, "Workforce plan", "QS8");
    long sa = SelfAssessmentBrowserIT.startAsLead(council, "Back-linked self-assessment");
    String path = "api/v1/self-assessments/" + sa + "/narratives/STATEMENT_PERFORMANCE:QS3";
    Api.Reply saved =
        Api.as(Api.LEAD)
            .header("If-Match", Api.as(Api.LEAD).get(path).header("ETag"))
            .put(path, "{\"html\":\"<p>Carers tell us they feel listened to (E1).</p>\"}");
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);

    Browser browser = session.browser().signIn(Api.AUDITOR, Api.password(Api.AUDITOR));
    browser.open("admin/evidence/item.xhtml?id=" + cited);
    assertThat(browser.text(By.id("cited-heading"))).isEqualTo("Where it is cited");
    assertThat(browser.texts(By.cssSelector("[id='cited-in'] tbody tr")))
        .singleElement()
        .satisfies(
            row ->
                assertThat(row)
                    .contains(
                        "Back-linked self-assessment",
                        "QS3 – What is our performance and how do we know?",
                        "feel listened to (E1)"));
    browser.assertAccessible();
    browser.clickLink("QS3 – What is our performance and how do we know?");
    assertThat(browser.heading()).isEqualTo("QS3 – What is our performance and how do we know?");

    browser.open("admin/evidence/item.xhtml?id=" + uncited);
    assertThat(browser.text(By.id("cited-nowhere")))
        .isEqualTo("No self-assessment of Browser Back-link Council cites E2 yet.");
  }
}
