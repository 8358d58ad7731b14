package org.ascassure.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ascassure.it.Api;
import org.ascassure.it.AscAssureServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The download links of the admin UI: the self-assessment, a frozen plan report and an outcome
 * summary, each fetched with the signed-in person's session as the browser would, then opened
 * (PDFBox, POI) and compared with what the API says about the same records.
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
    // the table lists the newest first, and the demo's newest is the monthly board report: the
    // quarterly update to DHSC is the row that says so
    String quarterlyRow =
        "//table[@id='snapshots']/tbody/tr[td[2][normalize-space()='Quarterly update to DHSC']]";
    assertThat(browser.texts(By.xpath(quarterlyRow))).hasSize(1);
    JsonObject quarterly = quarterlySnapshot(plan);
    HttpResponse<byte[]> report =
        fetchPdf(browser, browser.href(By.xpath(quarterlyRow + "//a[contains(., '(PDF)')]")));
    assertThat(report.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(
            d ->
                assertThat(d)
                    .contains(
                        "fernshire-improvement-report-" + quarterly.getString("takenOn") + ".pdf"));
    QuarterlyFacts facts = quarterlyFacts(fernshire, plan, quarterly);
    assertQuarterlyPdf(report.body(), facts);

    HttpResponse<byte[]> workbook =
        get(
            browser,
            AscAssureServer.baseUri()
                .resolve(browser.href(By.xpath(quarterlyRow + "//a[contains(., '(Excel)')]")))
                .toString());
    assertThat(workbook.statusCode()).isEqualTo(200);
    assertThat(workbook.headers().firstValue("Content-Type")).hasValue(XLSX);
    assertThat(workbook.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(
            d ->
                assertThat(d)
                    .contains(
                        "fernshire-improvement-report-"
                            + quarterly.getString("takenOn")
                            + ".xlsx"));
    assertQuarterlyWorkbook(workbook.body(), facts);

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

    HttpResponse<byte[]> pdf = fetch(browser, "full document (PDF)");
    assertSelfAssessmentPdf(pdf.body(), sa);
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

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /**
   * What the API says the quarterly report must hold: the plan, its frozen actions, and the
   * statutory deadlines from the outcome the plan answers.
   */
  record QuarterlyFacts(
      String council,
      String planTitle,
      LocalDate takenOn,
      List<JsonObject> actions,
      List<JsonObject> deadlinesAhead) {

    List<String> workstreams() {
      return actions.stream().map(a -> a.getString("workstream")).distinct().toList();
    }

    long rag(String colour) {
      return actions.stream().filter(a -> a.getString("rag").equals(colour)).count();
    }
  }

  private static JsonObject quarterlySnapshot(long plan) {
    return Api.asAdmin()
        .get("api/v1/improvement-plans/" + plan + "/snapshots")
        .array()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(s -> s.getString("audience").equals("QUARTERLY_DHSC"))
        .findFirst()
        .orElseThrow();
  }

  private static QuarterlyFacts quarterlyFacts(long council, long plan, JsonObject snapshot) {
    Api admin = Api.asAdmin();
    JsonObject planJson = admin.get("api/v1/improvement-plans/" + plan).object();
    LocalDate takenOn = LocalDate.parse(snapshot.getString("takenOn"));
    List<JsonObject> actions =
        admin
            .get(
                "api/v1/improvement-plans/"
                    + plan
                    + "/snapshots/"
                    + snapshot.getJsonNumber("id").longValue())
            .object()
            .getJsonArray("actions")
            .getValuesAs(JsonObject.class);
    // the demo plan answers Fernshire's published outcome, whose rating sets follow-up deadlines
    long assessment = planJson.getJsonNumber("assessmentId").longValue();
    List<JsonObject> ahead =
        admin
            .get("api/v1/assessments/" + assessment + "/deadlines")
            .object()
            .getJsonArray("deadlines")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(d -> !LocalDate.parse(d.getString("dueOn")).isBefore(takenOn))
            .sorted(java.util.Comparator.comparing(d -> d.getString("dueOn")))
            .toList();
    String name = admin.get("api/v1/councils/" + council).object().getString("name");
    return new QuarterlyFacts(name, planJson.getString("title"), takenOn, actions, ahead);
  }

  /** The PDF opened: its title, sections in order, each workstream, the RAG counts, deadlines. */
  private static void assertQuarterlyPdf(byte[] pdf, QuarterlyFacts facts) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo(facts.council() + ": " + facts.planTitle() + " – progress report");
      String text =
          new PDFTextStripper()
              .getText(document)
              .replaceAll("-\\s*\\n", "-")
              .replaceAll("\\s+", " ");
      assertThat(text)
          .containsSubsequence(
              "Prepared for",
              "Quarterly update to DHSC",
              "Position as at",
              LONG_DATE.format(facts.takenOn()),
              "RAG summary",
              "Overdue actions",
              "Progress by workstream",
              "What changed since the previous report",
              "Statutory deadlines")
          .contains(
              "Actions by RAG status, top to bottom: "
                  + facts.rag("RED")
                  + " red, "
                  + facts.rag("AMBER")
                  + " amber, "
                  + facts.rag("GREEN")
                  + " green, "
                  + facts.rag("BLUE")
                  + " blue (complete).")
          .doesNotContain("<p>")
          .doesNotContain("&lt;");
      String byWorkstream =
          text.substring(
              text.indexOf("Progress by workstream"),
              text.indexOf("What changed since the previous report"));
      for (String workstream : facts.workstreams()) {
        assertThat(byWorkstream).contains(workstream);
      }
      for (JsonObject action : facts.actions()) {
        assertThat(text).contains(action.getString("title"));
      }
      assertThat(facts.deadlinesAhead()).isNotEmpty();
      JsonObject next = facts.deadlinesAhead().get(0);
      assertThat(text.substring(text.lastIndexOf("Statutory deadlines")))
          .contains(next.getString("title"))
          .contains(LONG_DATE.format(LocalDate.parse(next.getString("dueOn"))));
    }
  }

  /** The workbook opened: the RAG summary table, a sheet per workstream, the deadlines. */
  private static void assertQuarterlyWorkbook(byte[] xlsx, QuarterlyFacts facts)
      throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(book.getProperties().getCoreProperties().getTitle())
          .isEqualTo(
              facts.planTitle()
                  + " – progress at "
                  + facts.takenOn().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
      XSSFSheet summary = book.getSheet("Summary");
      assertThat(cell(summary, 2, 1)).isEqualTo("Quarterly update to DHSC");
      Map<String, String> ragTable = new LinkedHashMap<>();
      for (int r = 8; r <= 11; r++) {
        ragTable.put(cell(summary, r, 0), cell(summary, r, 1));
      }
      assertThat(ragTable)
          .containsExactly(
              Map.entry("Red", Long.toString(facts.rag("RED"))),
              Map.entry("Amber", Long.toString(facts.rag("AMBER"))),
              Map.entry("Green", Long.toString(facts.rag("GREEN"))),
              Map.entry("Blue (complete)", Long.toString(facts.rag("BLUE"))));
      List<String> column = new ArrayList<>();
      for (int r = 0; r <= summary.getLastRowNum(); r++) {
        column.add(cell(summary, r, 0));
      }
      assertThat(column)
          .containsSubsequence(
              "Statutory deadlines ahead",
              "Statutory deadline",
              facts.deadlinesAhead().get(0).getString("title"));

      // a sheet per workstream, after the summary: "Workstream 2: Carers" holds its actions
      Map<String, XSSFSheet> sheets = new LinkedHashMap<>();
      for (int i = 1; i < book.getNumberOfSheets(); i++) {
        XSSFSheet sheet = book.getSheetAt(i);
        String heading = cell(sheet, 0, 0);
        if (heading.matches("Workstream \\d+: .*")) {
          sheets.put(heading.substring(heading.indexOf(": ") + 2), sheet);
        }
      }
      assertThat(sheets.keySet()).containsAll(facts.workstreams());
      for (String workstream : facts.workstreams()) {
        XSSFSheet sheet = sheets.get(workstream);
        List<String> titles = new ArrayList<>();
        for (int r = 6; r <= sheet.getLastRowNum(); r++) {
          titles.add(cell(sheet, r, 0));
        }
        assertThat(titles)
            .containsExactlyInAnyOrderElementsOf(
                facts.actions().stream()
                    .filter(a -> a.getString("workstream").equals(workstream))
                    .map(a -> a.getString("title"))
                    .toList());
      }
    }
  }

  /**
   * The self-assessment PDF opened: an outline heading per quality statement, in order, and every
   * citation a link that lands in the evidence index on the entry it names.
   */
  private static void assertSelfAssessmentPdf(byte[] pdf, long sa) throws IOException {
    String title = Api.asAdmin().get("api/v1/self-assessments/" + sa).object().getString("title");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getDocumentInformation().getTitle()).endsWith(title);
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
      List<String> outline = new ArrayList<>();
      outline(document.getDocumentCatalog().getDocumentOutline(), outline);
      assertThat(outline.stream().filter(t -> t.matches("QS\\d .*")).map(t -> t.substring(0, 3)))
          .containsExactly("QS1", "QS2", "QS3", "QS4", "QS5", "QS6", "QS7", "QS8", "QS9");
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      String text = stripper.getText(document).replaceAll("\\s+", " ");
      assertThat(text)
          .containsSubsequence(
              "Section A: Overview",
              "Section B: Our performance by theme",
              "QS1 ",
              "QS9 ",
              "Section C",
              "Appendix: Evidence index")
          .doesNotContain("<p>")
          .doesNotContain("<strong>");
      int appendix = 0;
      for (int i = 1; i <= document.getNumberOfPages() && appendix == 0; i++) {
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        if (stripper.getText(document).contains("Appendix: Evidence index")) {
          appendix = i;
        }
      }
      int citations = 0;
      for (PDPage page : document.getPages()) {
        for (PDAnnotation annotation : page.getAnnotations()) {
          if (annotation instanceof PDAnnotationLink link
              && link.getContents() != null
              && link.getContents().startsWith("Evidence E")) {
            citations++;
            assertThat(link.getAction()).isInstanceOf(PDActionGoTo.class);
            PDPageDestination target =
                (PDPageDestination) ((PDActionGoTo) link.getAction()).getDestination();
            assertThat(document.getPages().indexOf(target.getPage()) + 1)
                .as(link.getContents())
                .isGreaterThanOrEqualTo(appendix);
          }
        }
      }
      assertThat(citations).as("citations linked to the evidence index").isGreaterThan(9);
    }
  }

  private static void outline(PDOutlineNode node, List<String> titles) {
    if (node == null) {
      return;
    }
    for (PDOutlineItem item : node.children()) {
      titles.add(item.getTitle());
      outline(item, titles);
    }
  }

  private static String cell(XSSFSheet sheet, int row, int column) {
    return sheet.getRow(row) == null || sheet.getRow(row).getCell(column) == null
        ? ""
        : new DataFormatter().formatCellValue(sheet.getRow(row).getCell(column));
  }

  /** The demo council's id. */
  private static long fernshire() {
    return Api.demoCouncilId();
  }

  private static long firstId(String path) {
    return Api.asAdmin().get(path).array().getJsonObject(0).getJsonNumber("id").longValue();
  }

  /** Follows the link with this text, with the browser's session. */
  private static HttpResponse<byte[]> fetch(Browser browser, String linkText) throws Exception {
    return fetchPdf(browser, browser.href(linkText));
  }

  /** Fetches a PDF link's target, with the browser's session. */
  private static HttpResponse<byte[]> fetchPdf(Browser browser, String href) throws Exception {
    HttpResponse<byte[]> pdf = get(browser, AscAssureServer.baseUri().resolve(href).toString());
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
