package org.ascassure.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.ascassure.it.Api;
import org.ascassure.it.AscAssureServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AscAssureServer.class)
class EvidenceApiIT {

  static final byte[] PDF =
      ("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
              + "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
              + "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\n"
              + "trailer <</Root 1 0 R>>\n%%EOF\n")
          .getBytes(StandardCharsets.US_ASCII);

  static String item(String title, String category, String statement, String owner) {
    return "{\"title\":\""
        + title
        + "\",\"description\":\"Made by a test.\",\"categories\":[\""
        + category
        + "\"],\"statements\":[\""
        + statement
        + "\"],\"owner\":\""
        + owner
        + "\",\"evidenceDate\":\"2025-06-30\",\"reviewBy\":\"2099-06-30\",\"status\":\"CURRENT\","
        + "\"link\":\"https://www.fernshire.example/evidence\"}";
  }

  static JsonObject create(long council, String title) {
    Api.Reply created =
        Api.as(Api.LEAD)
            .post(
                "api/v1/councils/" + council + "/evidence",
                item(title, "PROCESSES", "QS1", "Head of Adult Operations"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.object();
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void aLeadAddsItemsThatGetTheNextReferenceAndAreFoundAtTheirLocation() {
    long council = Api.newCouncil("Evidence Creating Council");
    Api.Reply first =
        Api.as(Api.LEAD)
            .post(
                "api/v1/councils/" + council + "/evidence",
                item("Waiting list dashboard", "PROCESSES", "QS1", "Head of Adult Operations"));
    JsonObject second = create(council, "Carers' survey");

    assertThat(first.status()).isEqualTo(201);
    assertThat(first.header("ETag")).isEqualTo("\"1\"");
    assertThat(first.object().getString("ref")).isEqualTo("E1");
    assertThat(second.getString("ref")).isEqualTo("E2");
    String location = first.header("Location");
    assertThat(location).matches("http://127\\.0\\.0\\.1:\\d+/api/v1/evidence/\\d+");
    JsonObject read = Api.as(Api.AUDITOR).get(location.replaceFirst("^http://[^/]+/", "")).object();
    assertThat(read.getString("title")).isEqualTo("Waiting list dashboard");
    assertThat(read.getString("effectiveStatus")).isEqualTo("CURRENT");
    assertThat(read.getJsonArray("statements").getString(0)).isEqualTo("QS1");
  }

  @Test
  void aThemeLeadAddsAndChangesOnlyEvidenceForTheirTheme() {
    long council = Api.newCouncil("Evidence Scoped Council");
    String user = "evidence.theme.lead." + System.nanoTime();
    long userId = Api.newUser(user, "Theme-lead-password-1", "LEAD");
    Api.asAdmin()
        .post(
            "api/v1/users/" + userId + "/memberships",
            "{\"councilId\":"
                + council
                + ",\"role\":\"LEAD\",\"scope\":[\"WORKING_WITH_PEOPLE\"]}");
    Api themeLead = Api.as(user, "Theme-lead-password-1");
    String bank = "api/v1/councils/" + council + "/evidence";
    long safeguarding = create(council, "Safeguarding audit").getJsonNumber("id").longValue();
    Api.asAdmin()
        .header("If-Match", "\"1\"")
        .put(
            "api/v1/evidence/" + safeguarding,
            item("Safeguarding audit", "PROCESSES", "QS6", "Head of Safeguarding"));

    Api.Reply own = themeLead.post(bank, item("Assessment times", "PROCESSES", "QS2", "Me"));
    Api.Reply otherTheme =
        themeLead.post(bank, item("Hospital discharge", "PROCESSES", "QS5", "Me"));
    Api.Reply changeOthers =
        Api.as(user, "Theme-lead-password-1")
            .header("If-Match", "\"2\"")
            .put(
                "api/v1/evidence/" + safeguarding,
                item("Safeguarding audit", "PROCESSES", "QS1", "Me"));
    String ownPath = "api/v1/evidence/" + own.object().getJsonNumber("id").longValue();
    Api.Reply relinkOwn =
        Api.as(user, "Theme-lead-password-1")
            .header("If-Match", "\"1\"")
            .put(ownPath, item("Assessment times", "PROCESSES", "QS8", "Me"));
    Api.Reply changeOwn =
        Api.as(user, "Theme-lead-password-1")
            .header("If-Match", "\"1\"")
            .put(ownPath, item("Assessment waiting times", "PROCESSES", "QS3", "Me"));

    assertThat(own.status()).as(own.toString()).isEqualTo(201);
    assertThat(otherTheme.status()).as(otherTheme.toString()).isEqualTo(403);
    assertThat(otherTheme.object().getString("detail"))
        .isEqualTo(
            "Your assignment covers WORKING_WITH_PEOPLE: ask the self-assessment lead to add"
                + " evidence for QS5.");
    assertThat(changeOthers.status()).as(changeOthers.toString()).isEqualTo(403);
    assertThat(relinkOwn.status()).as(relinkOwn.toString()).isEqualTo(403);
    assertThat(changeOwn.status()).as(changeOwn.toString()).isEqualTo(200);
    assertThat(
            Api.as(Api.AUDITOR).get("api/v1/evidence/" + safeguarding).object().getString("title"))
        .isEqualTo("Safeguarding audit");
    assertThat(Api.as(Api.AUDITOR).get(bank).array()).hasSize(2);
  }

  @Test
  void theDemoCouncilHasThirtyItemsWithDraftsExpiredAndWithdrawnOnes() {
    long fernshire = Api.demoCouncilId();
    String bank = "api/v1/councils/" + fernshire + "/evidence";

    Api.Reply all = Api.as(Api.AUDITOR).get(bank + "?size=100");

    assertThat(all.header("X-Total-Count")).isEqualTo("30");
    assertThat(refs(all)).startsWith("E1", "E2", "E3").endsWith("E30");
    assertThat(refs(Api.as(Api.AUDITOR).get(bank + "?status=WITHDRAWN")))
        .containsExactly("E16", "E22");
    assertThat(refs(Api.as(Api.AUDITOR).get(bank + "?status=EXPIRED")))
        .containsExactly("E4", "E10", "E14", "E21", "E27");
    assertThat(refs(Api.as(Api.AUDITOR).get(bank + "?status=DRAFT")))
        .containsExactly("E9", "E18", "E28");
    for (int statement = 1; statement <= 9; statement++) {
      assertThat(refs(Api.as(Api.AUDITOR).get(bank + "?statement=QS" + statement)))
          .as("evidence for QS" + statement)
          .isNotEmpty();
    }
  }

  @Test
  void directorsAndAuditorsReadButMayNotWriteAndOtherCouncilsDoNotExist() {
    long council = Api.newCouncil("Evidence Reading Council");
    long other = Api.newCouncilWithoutMembers("Evidence Stranger Council");
    long otherItem =
        Api.asAdmin()
            .post(
                "api/v1/councils/" + other + "/evidence",
                item("Hidden item", "PARTNERS", "QS5", "Someone"))
            .object()
            .getJsonNumber("id")
            .longValue();
    String body = item("Director's try", "PROCESSES", "QS8", "Director");

    assertThat(Api.as(Api.DIRECTOR).post("api/v1/councils/" + council + "/evidence", body).status())
        .isEqualTo(403);
    assertThat(Api.as(Api.AUDITOR).post("api/v1/councils/" + council + "/evidence", body).status())
        .isEqualTo(403);
    assertThat(Api.as(Api.DIRECTOR).get("api/v1/councils/" + council + "/evidence").status())
        .isEqualTo(200);
    Api.Reply stranger = Api.as(Api.LEAD).get("api/v1/evidence/" + otherItem);
    assertThat(stranger.status()).isEqualTo(404);
    assertThat(stranger.contentType()).startsWith("application/problem+json");
    assertThat(Api.as(Api.LEAD).post("api/v1/councils/" + other + "/evidence", body).status())
        .isEqualTo(404);
  }

  @Test
  void theListFiltersAndComesAPageAtATimeByReference() {
    long council = Api.newCouncil("Evidence Filtering Council");
    String path = "api/v1/councils/" + council + "/evidence";
    Api.as(Api.LEAD)
        .post(path, item("Section 42 timeliness", "PROCESSES", "QS7", "Head of Safeguarding"));
    Api.as(Api.LEAD).post(path, item("Provider forum notes", "PARTNERS", "QS4", "Commissioning"));
    Api.as(Api.LEAD).post(path, item("Board annual report", "PARTNERS", "QS7", "Board Manager"));

    Api.Reply firstPage = Api.as(Api.AUDITOR).get(path + "?size=2");
    assertThat(firstPage.header("X-Total-Count")).isEqualTo("3");
    assertThat(firstPage.header("Link")).contains("rel=\"next\"");
    assertThat(refs(firstPage)).containsExactly("E1", "E2");
    assertThat(refs(Api.as(Api.AUDITOR).get(path + "?statement=QS7"))).containsExactly("E1", "E3");
    assertThat(refs(Api.as(Api.AUDITOR).get(path + "?statement=qs7&category=PARTNERS")))
        .containsExactly("E3");
    assertThat(refs(Api.as(Api.AUDITOR).get(path + "?q=forum"))).containsExactly("E2");
    assertThat(refs(Api.as(Api.AUDITOR).get(path + "?q=E3"))).containsExactly("E3");
    assertThat(refs(Api.as(Api.AUDITOR).get(path + "?owner=safeguarding"))).containsExactly("E1");
    assertThat(refs(Api.as(Api.AUDITOR).get(path + "?status=DRAFT"))).isEmpty();
    Api.Reply badStatus = Api.as(Api.AUDITOR).get(path + "?status=LOST");
    assertThat(badStatus.status()).isEqualTo(400);
    assertThat(badStatus.contentType()).startsWith("application/problem+json");
  }

  private static List<String> refs(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.array().getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("ref"))
        .toList();
  }

  @Test
  void anUpdateNeedsTheETagAndAStaleOneIsRefusedWithTheCurrentVersion() {
    long council = Api.newCouncil("Evidence Contested Council");
    JsonObject created = create(council, "Discharge report");
    String path = "api/v1/evidence/" + created.getJsonNumber("id").longValue();
    String changed = item("Discharge report, Q2", "PROCESSES", "QS6", "Hospital Team");

    Api.Reply missing = Api.as(Api.LEAD).put(path, changed);
    Api.Reply first = Api.as(Api.LEAD).header("If-Match", "\"1\"").put(path, changed);
    Api.Reply stale =
        Api.as(Api.LEAD)
            .header("If-Match", "\"1\"")
            .put(path, item("Lost edit", "PROCESSES", "QS6", "Someone else"));

    assertThat(missing.status()).isEqualTo(428);
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.header("ETag")).isEqualTo("\"2\"");
    assertThat(first.object().getJsonArray("statements").getString(0)).isEqualTo("QS6");
    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.contentType()).startsWith("application/problem+json");
    assertThat(stale.object().getInt("currentVersion")).isEqualTo(2);
    assertThat(Api.as(Api.LEAD).get(path).object().getString("title"))
        .isEqualTo("Discharge report, Q2");
  }

  @Test
  void aWithdrawnItemKeepsItsReferenceAndTheNextItemGetsANewOne() {
    long council = Api.newCouncil("Evidence Withdrawing Council");
    JsonObject created = create(council, "Old strategy");
    String path = "api/v1/evidence/" + created.getJsonNumber("id").longValue();

    Api.Reply withdrawn =
        Api.as(Api.LEAD)
            .header("If-Match", "\"1\"")
            .post(path + "/withdrawal", "{\"reason\":\"Replaced by the 2026 strategy\"}");
    JsonObject next = create(council, "New strategy");

    assertThat(withdrawn.status()).isEqualTo(200);
    assertThat(withdrawn.object().getString("status")).isEqualTo("WITHDRAWN");
    assertThat(withdrawn.object().getString("ref")).isEqualTo("E1");
    assertThat(next.getString("ref")).isEqualTo("E2");
  }

  @Test
  void anUploadedFileComesBackWithItsBytesNameTypeAndChecksum() throws Exception {
    long council = Api.newCouncil("Evidence Filing Council");
    JsonObject created = create(council, "Annual report");
    String path = "api/v1/evidence/" + created.getJsonNumber("id").longValue();
    String name = "Rapport d'activité 2025 (final).pdf";

    Api.Reply uploaded =
        Api.as(Api.LEAD)
            .header("If-Match", "\"1\"")
            .sendBytes(
                "PUT",
                path + "/file?filename=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
                PDF,
                "application/octet-stream");
    HttpResponse<byte[]> download = Api.as(Api.DIRECTOR).download(path + "/file");

    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
    JsonObject file = uploaded.object().getJsonObject("file");
    assertThat(file.getString("name")).isEqualTo(name);
    assertThat(file.getString("mediaType")).isEqualTo("application/pdf");
    assertThat(file.getJsonNumber("size").longValue()).isEqualTo(PDF.length);
    assertThat(file.getString("sha256")).isEqualTo(sha256(PDF));
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(PDF);
    assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment;")
        .contains("filename*=UTF-8''Rapport%20d%27activit%C3%A9%202025%20%28final%29.pdf");
  }

  @Test
  void aFileNamedByContentDispositionReplacesTheEarlierOne() {
    long council = Api.newCouncil("Evidence Replacing Council");
    JsonObject created = create(council, "Quarterly data");
    String path = "api/v1/evidence/" + created.getJsonNumber("id").longValue();
    byte[] csv = "quarter,reviews\nQ1,81\n".getBytes(StandardCharsets.UTF_8);
    Api.as(Api.LEAD)
        .header("If-Match", "\"1\"")
        .sendBytes("PUT", path + "/file?filename=first.pdf", PDF, "application/pdf");

    Api.Reply replaced =
        Api.as(Api.LEAD)
            .header("If-Match", "\"2\"")
            .header("Content-Disposition", "attachment; filename=\"reviews.csv\"")
            .sendBytes("PUT", path + "/file", csv, "text/csv");

    assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
    assertThat(replaced.object().getJsonObject("file").getString("name")).isEqualTo("reviews.csv");
    assertThat(replaced.object().getJsonObject("file").getString("mediaType"))
        .isEqualTo("text/csv");
    assertThat(Api.as(Api.LEAD).download(path + "/file").body()).isEqualTo(csv);
  }

  @Test
  void aFileOverTheLimitIsRefusedWith413AndNothingIsKept() {
    long council = Api.newCouncil("Evidence Oversized Council");
    JsonObject created = create(council, "Huge scan");
    String path = "api/v1/evidence/" + created.getJsonNumber("id").longValue();
    byte[] tooBig = new byte[26_214_400 + 1];
    Arrays.fill(tooBig, (byte) 'a');

    Api.Reply refused =
        Api.as(Api.LEAD)
            .header("If-Match", "\"1\"")
            .sendBytes("PUT", path + "/file?filename=scan.txt", tooBig, "text/plain");

    assertThat(refused.status()).isEqualTo(413);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.object().getString("detail")).contains("25 MB");
    assertThat(Api.as(Api.LEAD).get(path).object()).doesNotContainKey("file");
    assertThat(Api.as(Api.LEAD).download(path + "/file").statusCode()).isEqualTo(404);
  }

  @Test
  void anExecutableNamedLikeAPdfIsRefusedWith415() {
    long council = Api.newCouncil("Evidence Wary Council");
    JsonObject created = create(council, "Board minutes");
    String path = "api/v1/evidence/" + created.getJsonNumber("id").longValue();
    byte[] exe = new byte[1024];
    exe[0] = 'M';
    exe[1] = 'Z';
    exe[0x3C] = (byte) 0x80;
    exe[0x80] = 'P';
    exe[0x81] = 'E';

    Api.Reply refused =
        Api.as(Api.LEAD)
            .header("If-Match", "\"1\"")
            .sendBytes("PUT", path + "/file?filename=minutes.pdf", exe, "application/pdf");

    assertThat(refused.status()).isEqualTo(415);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.object().getString("detail")).contains("minutes.pdf", "content");
    assertThat(Api.as(Api.LEAD).get(path).object()).doesNotContainKey("file");
  }
}
