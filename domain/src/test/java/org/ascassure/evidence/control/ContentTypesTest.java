package org.ascassure.evidence.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real sample bytes of every accepted type, and files whose name lies about their content. */
class ContentTypesTest {

  @TempDir Path dir;

  private Path file(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  static byte[] pdf() {
    String body =
        "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            + "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
            + "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\n"
            + "trailer <</Root 1 0 R>>\n%%EOF\n";
    return body.getBytes(StandardCharsets.US_ASCII);
  }

  static byte[] image(String format) throws IOException {
    BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
    image.setRGB(1, 1, 0x2E7D32);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, format, out);
    return out.toByteArray();
  }

  /** A minimal Office Open XML package, as Word, Excel or PowerPoint would read it. */
  static byte[] office(String mainPart, String mainContentType) throws IOException {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put(
        "[Content_Types].xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/"
            + mainPart
            + "\" ContentType=\""
            + mainContentType
            + "\"/></Types>");
    parts.put(
        "_rels/.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\""
            + mainPart
            + "\"/></Relationships>");
    parts.put(mainPart, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><root/>");
    return zip(parts);
  }

  static byte[] zip(Map<String, String> parts) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (var part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** The start of a Windows executable: the MZ header, the DOS stub and a PE signature. */
  static byte[] executable() {
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    exe[2] = (byte) 0x90;
    exe[0x3C] = (byte) 0x80;
    byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(stub, 0, exe, 0x4E, stub.length);
    exe[0x80] = 'P';
    exe[0x81] = 'E';
    return exe;
  }

  @Test
  void aPdfIsAPdf() throws IOException {
    assertThat(ContentTypes.detect(file("annual-report.pdf", pdf()), "annual-report.pdf"))
        .contains(ContentTypes.PDF);
  }

  @Test
  void pngAndJpegImagesAreRecognisedByTheirSignature() throws IOException {
    assertThat(ContentTypes.detect(file("chart.png", image("png")), "chart.png"))
        .contains(ContentTypes.PNG);
    assertThat(ContentTypes.detect(file("photo.jpg", image("jpeg")), "photo.jpg"))
        .contains(ContentTypes.JPEG);
  }

  @Test
  void officeDocumentsAreRecognisedByTheirMainPart() throws IOException {
    assertThat(
            ContentTypes.detect(
                file(
                    "a.docx",
                    office(
                        "word/document.xml",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")),
                "a.docx"))
        .contains(ContentTypes.DOCX);
    assertThat(
            ContentTypes.detect(
                file(
                    "b.xlsx",
                    office(
                        "xl/workbook.xml",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")),
                "b.xlsx"))
        .contains(ContentTypes.XLSX);
    assertThat(
            ContentTypes.detect(
                file(
                    "c.pptx",
                    office(
                        "ppt/presentation.xml",
                        "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml")),
                "c.pptx"))
        .contains(ContentTypes.PPTX);
  }

  @Test
  void csvAndPlainTextAreAcceptedAndToldApartByName() throws IOException {
    byte[] csv =
        "quarter,reviews on time\r\nQ1,81%\r\nQ2,86%\r\nAnnäherung £ café\r\n"
            .getBytes(StandardCharsets.UTF_8);
    assertThat(ContentTypes.detect(file("reviews.csv", csv), "reviews.csv"))
        .contains(ContentTypes.CSV);
    assertThat(ContentTypes.detect(file("notes.txt", csv), "notes.txt"))
        .contains(ContentTypes.TEXT);
  }

  @Test
  void anExecutableRenamedToPdfIsRefused() throws IOException {
    assertThat(ContentTypes.detect(file("minutes.pdf", executable()), "minutes.pdf")).isEmpty();
    assertThat(ContentTypes.detect(file("minutes.txt", executable()), "minutes.txt")).isEmpty();
  }

  @Test
  void anArchiveRenamedToDocxIsRefused() throws IOException {
    byte[] archive = zip(Map.of("setup.exe", "MZ", "readme.txt", "run me"));
    assertThat(ContentTypes.detect(file("policy.docx", archive), "policy.docx")).isEmpty();
  }

  @Test
  void anEmptyFileIsNothingWeAccept() throws IOException {
    assertThat(ContentTypes.detect(file("empty.txt", new byte[0]), "empty.txt")).isEmpty();
  }
}
