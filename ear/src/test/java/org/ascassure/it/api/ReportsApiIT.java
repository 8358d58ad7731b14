package org.ascassure.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.ascassure.it.Api;
import org.ascassure.it.AscAssureServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The documents the API sends, for the demo council, compared with what the same API says as JSON:
 * the same filter gives the same items, a snapshot's report lists the snapshot's actions.
 */
@ExtendWith(AscAssureServer.class)
class ReportsApiIT {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Test
  void theEvidenceExportHoldsExactlyTheItemsTheSearchFinds() throws IOException {
    String bank = "api/v1/councils/" + fernshire() + "/evidence";
    String filter = "?status=EXPIRED&statement=QS1";
    List<String> searched = refs(Api.as(Api.AUDITOR).get(bank + filter + "&size=200"));

    HttpResponse<byte[]> xlsx = Api.as(Api.AUDITOR).download(bank + "/export" + filter);

    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Type")).hasValue(XLSX);
    assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment; filename=\"fernshire-evidence.xlsx\"");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      XSSFSheet sheet = book.getSheet("Evidence");
      List<String> exported = new ArrayList<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        exported.add(sheet.getRow(r).getCell(0).getStringCellValue());
        assertThat(text(sheet.getRow(r), 9)).isEqualTo("Expired");
        assertThat(text(sheet.getRow(r), 4)).contains("QS1");
      }
      assertThat(searched).isNotEmpty();
      assertThat(exported).containsExactlyElementsOf(searched);
    }
  }

  @Test
  void theCsvExportOfTheWholeBankMatchesTheApiFieldByField() throws IOException {
    String bank = "api/v1/councils/" + fernshire() + "/evidence";
    List<JsonObject> items =
        Api.as(Api.DIRECTOR).get(bank + "?size=200").array().getValuesAs(JsonObject.class);

    HttpResponse<byte[]> csv = Api.as(Api.DIRECTOR).download(bank + "/export?format=csv");

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .get()
            .parse(new StringReader(text.substring(1)))
            .getRecords();
    assertThat(rows).hasSize(items.size());
    for (int i = 0; i < items.size(); i++) {
      JsonObject item = items.get(i);
      CSVRecord row = rows.get(i);
      assertThat(row.get("Reference")).isEqualTo(item.getString("ref"));
      assertThat(row.get("Title")).isEqualTo(item.getString("title"));
      assertThat(row.get("Owner")).isEqualTo(item.getString("owner", ""));
      assertThat(row.get("Link")).isEqualTo(item.getString("link", ""));
    }
  }

  @Test
  void aBadFormatIsAProblemAndAnotherCouncilsBankIsNotFound() {
    String bank = "api/v1/councils/" + fernshire() + "/evidence/export";

    Api.Reply bad = Api.as(Api.AUDITOR).get(bank + "?format=pdf");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.contentType()).startsWith("application/problem+json");

    long other = Api.newCouncilWithoutMembers("Reports Other Council");
    Api.Reply hidden = Api.as(Api.AUDITOR).get("api/v1/councils/" + other + "/evidence/export");
    assertThat(hidden.status()).isEqualTo(404);
    assertThat(hidden.contentType()).startsWith("application/problem+json");
  }

  @Test
  void theProgressReportListsTheSnapshotsActionsAndWhatChangedSinceTheOneBefore()
      throws IOException {
    long plan =
        Api.as(Api.DIRECTOR)
            .get("api/v1/councils/" + fernshire() + "/improvement-plans")
            .array()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    List<JsonObject> snapshots =
        Api.as(Api.DIRECTOR)
            .get("api/v1/improvement-plans/" + plan + "/snapshots")
            .array()
            .getValuesAs(JsonObject.class);
    long newest = snapshots.get(0).getJsonNumber("id").longValue();
    String path = "api/v1/improvement-plans/" + plan + "/snapshots/" + newest;
    List<String> frozen =
        Api.as(Api.DIRECTOR)
            .get(path)
            .object()
            .getJsonArray("actions")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(a -> a.getString("title"))
            .toList();

    HttpResponse<byte[]> report = Api.as(Api.DIRECTOR).download(path + "/workbook");

    assertThat(report.statusCode()).isEqualTo(200);
    assertThat(report.headers().firstValue("Content-Type")).hasValue(XLSX);
    assertThat(report.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("fernshire-improvement-plan-");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(report.body()))) {
      XSSFSheet actions = book.getSheet("Actions");
      List<String> titles = new ArrayList<>();
      for (int r = 1; r <= actions.getLastRowNum(); r++) {
        titles.add(text(actions.getRow(r), 1));
      }
      assertThat(titles).containsExactlyInAnyOrderElementsOf(frozen);
      assertThat(text(book.getSheet("Changes").getRow(0), 0))
          .startsWith("Changes since the snapshot of");
      assertThat(text(book.getSheet("Summary").getRow(1), 1)).isEqualTo("Fernshire County Council");
    }
  }

  @Test
  void theSelfAssessmentInWordHasAHeadingPerStatementAndLinksItsCitations() throws IOException {
    long sa =
        Api.as(Api.LEAD)
            .get("api/v1/councils/" + fernshire() + "/self-assessments")
            .array()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    String title =
        Api.as(Api.LEAD).get("api/v1/self-assessments/" + sa).object().getString("title");

    HttpResponse<byte[]> word =
        Api.as(Api.LEAD).download("api/v1/self-assessments/" + sa + "/docx");

    assertThat(word.statusCode()).isEqualTo(200);
    assertThat(word.headers().firstValue("Content-Type"))
        .hasValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(word.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("fernshire-self-assessment-draft.docx");
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(word.body()))) {
      assertThat(doc.getProperties().getCoreProperties().getTitle()).contains(title);
      List<String> statements = new ArrayList<>();
      boolean linked = false;
      for (XWPFParagraph p : doc.getParagraphs()) {
        if ("Heading3".equals(p.getStyle()) && p.getText().matches("QS\\d .*")) {
          statements.add(p.getText().substring(0, 3));
        }
        linked |= p.getCTP().getHyperlinkList().stream().anyMatch(h -> h.getAnchor() != null);
      }
      assertThat(statements)
          .containsExactly("QS1", "QS2", "QS3", "QS4", "QS5", "QS6", "QS7", "QS8", "QS9");
      assertThat(linked).as("citations linked to the evidence index").isTrue();
    }
  }

  static long fernshire() {
    return Api.as(Api.AUDITOR).get("api/v1/councils").array().getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("onsCode").equals("E10000099"))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  static List<String> refs(Api.Reply reply) {
    return reply.array().getValuesAs(JsonObject.class).stream()
        .map(o -> o.getString("ref"))
        .toList();
  }

  static String text(Row row, int column) {
    return row == null || row.getCell(column) == null
        ? ""
        : new DataFormatter().formatCellValue(row.getCell(column));
  }
}
