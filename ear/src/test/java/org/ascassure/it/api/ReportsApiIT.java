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
        assertThat(text(sheet.getRow(r), 12)).isEqualTo("Expired");
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
      // who added and last changed it, and the file's type: every field the API has
      assertThat(row.get("Added by")).isEqualTo(item.getString("createdBy"));
      assertThat(row.get("Last changed by")).isEqualTo(item.getString("updatedBy"));
      assertThat(row.get("Last changed")).isNotEmpty();
      JsonObject file = item.containsKey("file") ? item.getJsonObject("file") : null;
      assertThat(row.get("File type")).isEqualTo(file == null ? "" : file.getString("mediaType"));
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
    String takenOn = snapshots.get(0).getString("takenOn");
    String path = "api/v1/improvement-plans/" + plan + "/snapshots/" + newest;
    List<JsonObject> frozenActions =
        Api.as(Api.DIRECTOR)
            .get(path)
            .object()
            .getJsonArray("actions")
            .getValuesAs(JsonObject.class);
    List<String> frozen = frozenActions.stream().map(a -> a.getString("title")).toList();

    HttpResponse<byte[]> report = Api.as(Api.DIRECTOR).download(path + "/workbook");

    assertThat(report.statusCode()).isEqualTo(200);
    assertThat(report.headers().firstValue("Content-Type")).hasValue(XLSX);
    assertThat(report.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("filename=\"fernshire-improvement-report-" + takenOn + ".xlsx\"");
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
      // a sheet per workstream, between the summary and the list of every action
      List<String> sheets = new ArrayList<>();
      book.forEach(sheet -> sheets.add(sheet.getSheetName()));
      List<String> workstreams =
          frozenActions.stream().map(a -> a.getString("workstream")).distinct().toList();
      List<String> headings = new ArrayList<>();
      for (int i = 1; i < sheets.size() - 2; i++) {
        assertThat(sheets.get(i)).matches("\\d+ .+");
        headings.add(text(book.getSheetAt(i).getRow(0), 0).replaceFirst("^Workstream \\d+: ", ""));
      }
      assertThat(headings).containsAll(workstreams);
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

    // version and summary are read as the PDF's are: a malformed value is a 400 problem
    Api.Reply malformed =
        Api.as(Api.LEAD).get("api/v1/self-assessments/" + sa + "/docx?version=x&summary=maybe");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.contentType()).startsWith("application/problem+json");
    assertThat(malformed.body()).contains("\"version\"").contains("\"summary\"");
    Api.Reply missing = Api.as(Api.LEAD).get("api/v1/self-assessments/" + sa + "/docx?version=99");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.contentType()).startsWith("application/problem+json");
  }

  @Test
  void theOpenApiDocumentNamesEachDownloadsMediaType() {
    JsonObject paths =
        Api.anonymous()
            .header("Accept", "application/json")
            .get("openapi")
            .object()
            .getJsonObject("paths");
    assertThat(okContent(paths, "/api/v1/self-assessments/{id}/docx"))
        .contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(okContent(paths, "/api/v1/improvement-plans/{id}/snapshots/{snapshotId}/workbook"))
        .contains(XLSX);
    assertThat(okContent(paths, "/api/v1/councils/{councilId}/evidence/export"))
        .contains(XLSX)
        .anyMatch(type -> type.startsWith("text/csv"));
    assertThat(okContent(paths, "/api/v1/self-assessments/{id}/document"))
        .contains("application/pdf");
  }

  /** The media types of a GET's 200 answer; paths are listed with or without the "/api" root. */
  private static List<String> okContent(JsonObject paths, String path) {
    JsonObject operations =
        paths.containsKey(path)
            ? paths.getJsonObject(path)
            : paths.getJsonObject(path.substring(4));
    assertThat(operations).as(path + " in " + paths.keySet()).isNotNull();
    return List.copyOf(
        operations
            .getJsonObject("get")
            .getJsonObject("responses")
            .getJsonObject("200")
            .getJsonObject("content")
            .keySet());
  }

  static long fernshire() {
    return Api.demoCouncilId();
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
