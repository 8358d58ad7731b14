package org.ascassure.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ascassure.it.Api;
import org.ascassure.it.AscAssureServer;
import org.ascassure.reports.platform.PdfChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The documents councils send, downloaded from the assembled product for the demo council, compared
 * with what the API says about the same records and checked against PDF/UA-1 by veraPDF.
 */
@ExtendWith(AscAssureServer.class)
class DocumentsApiIT {

  private static long fernshire() {
    return Api.demoCouncilId();
  }

  private static long demoSelfAssessment() {
    return Api.as(Api.LEAD)
        .get("api/v1/councils/" + fernshire() + "/self-assessments")
        .array()
        .getJsonObject(0)
        .getJsonNumber("id")
        .longValue();
  }

  @Test
  void aLeadDownloadsTheSelfAssessmentAsTaggedPdf() {
    long id = demoSelfAssessment();
    JsonObject sa = Api.as(Api.LEAD).get("api/v1/self-assessments/" + id).object();
    JsonObject rating =
        Api.as(Api.LEAD).get("api/v1/self-assessments/" + id + "/predicted-rating").object();
    String qs1 =
        Api.as(Api.LEAD)
            .get("api/v1/self-assessments/" + id + "/statements/QS1/narrative")
            .object()
            .getString("text");

    HttpResponse<byte[]> pdf =
        Api.as(Api.LEAD).download("api/v1/self-assessments/" + id + "/document?format=pdf");

    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("filename=\"fernshire-self-assessment-draft.pdf\"");
    assertThat(PdfChecks.pdfUaFailures(pdf.body())).as("PDF/UA-1 (veraPDF)").isEmpty();
    String text = text(pdf.body());
    assertThat(text)
        .contains(sa.getString("title"))
        .contains("Working draft")
        .contains(rating.getString("ratingLabel") + " (" + rating.getInt("percent") + "%)")
        .containsSubsequence(
            "Section A: Overview",
            "Section B: Our performance by theme",
            "QS1 Assessing needs",
            "QS9",
            "Section C",
            "Appendix: Evidence index")
        .doesNotContain("<p>");
    assertThat(words(text)).containsAll(words(qs1));
    for (JsonObject signOff : sa.getJsonArray("signOffs").getValuesAs(JsonObject.class)) {
      assertThat(text).contains(signOff.getString("name").split(" ")[0]);
    }
  }

  @Test
  void aPublishedVersionAndTheSummaryAreNamedForWhatTheyAre() {
    long id = demoSelfAssessment();
    int latest =
        Api.as(Api.DIRECTOR)
            .get("api/v1/self-assessments/" + id + "/versions")
            .array()
            .getJsonObject(0)
            .getInt("number");

    HttpResponse<byte[]> pdf =
        Api.as(Api.DIRECTOR)
            .download(
                "api/v1/self-assessments/" + id + "/document?version=" + latest + "&summary=true");

    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("filename=\"fernshire-self-assessment-v" + latest + "-summary.pdf\"");
    assertThat(PdfChecks.pdfUaFailures(pdf.body())).as("PDF/UA-1 (veraPDF)").isEmpty();
    assertThat(text(pdf.body()))
        .contains("v" + latest + ", published")
        .contains("Our ambition")
        .contains("Self-scores and predicted rating")
        .doesNotContain("Appendix: Evidence index");

    Api.Reply missing =
        Api.as(Api.DIRECTOR).get("api/v1/self-assessments/" + id + "/document?version=99");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.contentType()).startsWith("application/problem+json");
    Api.Reply wrong =
        Api.as(Api.DIRECTOR)
            .get("api/v1/self-assessments/" + id + "/document?format=odt&version=x");
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.body()).contains("\"format\"").contains("\"version\"");
  }

  @Test
  void aDirectorDownloadsTheQuarterlyReportOfTheDemoPlan() {
    long plan =
        Api.as(Api.DIRECTOR)
            .get("api/v1/councils/" + fernshire() + "/improvement-plans")
            .array()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    JsonObject quarterly =
        Api.as(Api.DIRECTOR)
            .get("api/v1/improvement-plans/" + plan + "/snapshots")
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(s -> s.getString("audience").equals("QUARTERLY_DHSC"))
            .findFirst()
            .orElseThrow();
    long snapshot = quarterly.getJsonNumber("id").longValue();
    JsonObject frozen =
        Api.as(Api.DIRECTOR)
            .get("api/v1/improvement-plans/" + plan + "/snapshots/" + snapshot)
            .object();

    HttpResponse<byte[]> pdf =
        Api.as(Api.DIRECTOR)
            .download("api/v1/improvement-plans/" + plan + "/snapshots/" + snapshot + "/document");

    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
        .contains(
            "filename=\"fernshire-improvement-report-" + quarterly.getString("takenOn") + ".pdf\"");
    assertThat(PdfChecks.pdfUaFailures(pdf.body())).as("PDF/UA-1 (veraPDF)").isEmpty();
    String text = streamText(pdf.body());
    assertThat(text)
        .contains("Quarterly update to DHSC")
        .contains(quarterly.getString("sha256"))
        .containsSubsequence(
            "RAG summary", "Progress by workstream", "What changed", "Statutory deadlines");
    for (JsonObject action : frozen.getJsonArray("actions").getValuesAs(JsonObject.class)) {
      assertThat(text).contains(action.getString("title"));
    }
    long red =
        frozen.getJsonArray("actions").getValuesAs(JsonObject.class).stream()
            .filter(a -> a.getString("rag").equals("RED"))
            .count();
    assertThat(text).contains(red + " red");
  }

  @Test
  void anAuditorDownloadsThePublishedOutcomeSummary() {
    JsonObject outcome =
        Api.as(Api.AUDITOR)
            .get("api/v1/councils/" + fernshire() + "/assessments")
            .array()
            .getJsonObject(0);
    long id = outcome.getJsonNumber("id").longValue();

    HttpResponse<byte[]> pdf =
        Api.as(Api.AUDITOR).download("api/v1/assessments/" + id + "/document");

    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
        .contains(
            "filename=\"fernshire-assessment-outcome-"
                + outcome.getString("publishedOn")
                + ".pdf\"");
    assertThat(PdfChecks.pdfUaFailures(pdf.body())).as("PDF/UA-1 (veraPDF)").isEmpty();
    String text = streamText(pdf.body());
    assertThat(text)
        .contains(outcome.getString("ratingLabel"))
        .contains(outcome.getInt("overallPercent") + "%");
    outcome
        .getJsonObject("scores")
        .forEach((code, score) -> assertThat(text).contains(code + " ").contains(score + " – "));
  }

  static String text(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(document).replaceAll("-\\s*\\n", "-").replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new IllegalStateException("not a PDF", e);
    }
  }

  /** In drawing order: table cells stay whole. */
  static String streamText(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper()
          .getText(document)
          .replaceAll("-\\s*\\n", "-")
          .replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new IllegalStateException("not a PDF", e);
    }
  }

  private static List<String> words(String text) {
    return List.of(text.replaceAll("[^\\p{L}\\p{N}' ]", " ").strip().split("\\s+"));
  }
}
