package org.ascassure.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.ascassure.it.Api;
import org.ascassure.it.AscAssureServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The download links of the admin UI: the self-assessment, a frozen plan report and an outcome
 * summary, each fetched with the signed-in person's session as the browser would.
 */
@ExtendWith(AscAssureServer.class)
class DocumentsBrowserIT {

  @RegisterExtension static BrowserSession session = new BrowserSession();

  @Test
  void aDirectorDownloadsEachDocumentFromItsPage() throws Exception {
    long fernshire = fernshire();
    long sa = firstId("api/v1/councils/" + fernshire + "/self-assessments");
    long plan = firstId("api/v1/councils/" + fernshire + "/improvement-plans");
    long outcome = firstId("api/v1/councils/" + fernshire + "/assessments");
    Browser browser = session.browser();
    browser.signIn(Api.DIRECTOR, Api.password(Api.DIRECTOR));

    browser.open("admin/self-assessments/self-assessment.xhtml?id=" + sa);
    browser.assertAccessible();
    assertThat(fetch(browser, "full document (PDF)").headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).contains("fernshire-self-assessment-draft.pdf"));
    assertThat(fetch(browser, "summary (PDF)").headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(
            d -> assertThat(d).contains("fernshire-self-assessment-draft-summary.pdf"));

    browser.open("admin/improvement/snapshots.xhtml?id=" + plan);
    browser.assertAccessible();
    String report = browser.texts(By.cssSelector("#snapshots a.download")).get(0);
    assertThat(report).startsWith("Report of ").endsWith("(PDF)");
    assertThat(fetch(browser, report).headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).contains("fernshire-improvement-report-"));

    browser.open("admin/assessments/assessment.xhtml?id=" + outcome);
    browser.assertAccessible();
    assertThat(
            fetch(browser, "Download the outcome summary (PDF)")
                .headers()
                .firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).contains("fernshire-assessment-outcome-"));

    // an outcome that does not exist answers as one of another council would: not found
    HttpResponse<byte[]> missing =
        get(
            browser,
            AscAssureServer.baseUri().resolve("admin/assessments/document?id=999999").toString());
    assertThat(missing.statusCode()).isEqualTo(404);
  }

  @Test
  void aLeadDownloadsTheSelfAssessmentAsPdfAndWord() throws Exception {
    long fernshire = fernshire();
    long sa = firstId("api/v1/councils/" + fernshire + "/self-assessments");
    Browser browser = session.browser();
    browser.signIn(Api.LEAD, Api.password(Api.LEAD));
    browser.open("admin/self-assessments/self-assessment.xhtml?id=" + sa);

    fetch(browser, "full document (PDF)");
    HttpResponse<byte[]> word =
        get(
            browser,
            AscAssureServer.baseUri().resolve(browser.href("full document (Word)")).toString());

    assertThat(word.statusCode()).isEqualTo(200);
    assertThat(word.headers().firstValue("Content-Type"))
        .hasValueSatisfying(
            t ->
                assertThat(t)
                    .startsWith(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    assertThat(word.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).contains(".docx"));
    try (var doc =
        new org.apache.poi.xwpf.usermodel.XWPFDocument(
            new java.io.ByteArrayInputStream(word.body()))) {
      java.util.List<String> statements =
          doc.getParagraphs().stream()
              .filter(p -> "Heading3".equals(p.getStyle()))
              .map(p -> p.getText())
              .filter(t -> t.matches("QS\\d .*"))
              .toList();
      assertThat(statements).hasSize(9);
      assertThat(statements.get(0)).startsWith("QS1 ");
    }
  }

  /** The demo council's id. */
  private static long fernshire() {
    return Api.asAdmin()
        .get("api/v1/councils?size=200")
        .array()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(c -> c.getString("onsCode").equals("E10000099"))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private static long firstId(String path) {
    return Api.asAdmin().get(path).array().getJsonObject(0).getJsonNumber("id").longValue();
  }

  /** Follows the link with this text, with the browser's session. */
  private static HttpResponse<byte[]> fetch(Browser browser, String linkText) throws Exception {
    HttpResponse<byte[]> pdf =
        get(browser, AscAssureServer.baseUri().resolve(browser.href(linkText)).toString());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    return pdf;
  }

  /** A GET with the browser's session cookie, as clicking the link would send. */
  private static HttpResponse<byte[]> get(Browser browser, String url)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(60))
            .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID"))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
  }
}
