package org.ascassure.evidence.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Decides what an uploaded file is from its content, never from its name: PDF, Word, Excel and
 * PowerPoint documents (Office Open XML), PNG and JPEG images, and plain text or CSV. Anything else
 * - an executable renamed to .pdf, an archive renamed to .docx, HTML - is refused.
 */
public final class ContentTypes {

  public static final String PDF = "application/pdf";
  public static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final String PPTX =
      "application/vnd.openxmlformats-officedocument.presentationml.presentation";
  public static final String PNG = "image/png";
  public static final String JPEG = "image/jpeg";
  public static final String CSV = "text/csv";
  public static final String TEXT = "text/plain";

  /** What users are told they may upload. */
  public static final String ALLOWED =
      "PDF, Word (.docx), Excel (.xlsx), PowerPoint (.pptx), PNG, JPEG, CSV or plain text";

  /** How much of a text file is checked for binary content. */
  static final int TEXT_SAMPLE = 64 * 1024;

  private static final byte[] PDF_MAGIC =
      "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] ZIP_MAGIC = {'P', 'K', 0x03, 0x04};

  private ContentTypes() {}

  /**
   * The media type of the file's content, or empty when it is not one we accept. {@code fileName}
   * only tells CSV from other plain text.
   */
  public static Optional<String> detect(Path file, String fileName) throws IOException {
    byte[] head = head(file, TEXT_SAMPLE);
    if (head.length == 0) {
      return Optional.empty();
    }
    if (startsWith(head, PDF_MAGIC)) {
      return Optional.of(PDF);
    }
    if (startsWith(head, PNG_MAGIC)) {
      return Optional.of(PNG);
    }
    if (startsWith(head, JPEG_MAGIC)) {
      return Optional.of(JPEG);
    }
    if (startsWith(head, ZIP_MAGIC)) {
      return officeDocument(file);
    }
    if (isText(head)) {
      boolean csv = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".csv");
      return Optional.of(csv ? CSV : TEXT);
    }
    return Optional.empty();
  }

  /** An Office Open XML package says what it is by its main part; any other archive is refused. */
  private static Optional<String> officeDocument(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Set<String> names =
          zip.stream().map(ZipEntry::getName).collect(Collectors.toUnmodifiableSet());
      if (!names.contains("[Content_Types].xml")) {
        return Optional.empty();
      }
      if (names.contains("word/document.xml")) {
        return Optional.of(DOCX);
      }
      if (names.contains("xl/workbook.xml")) {
        return Optional.of(XLSX);
      }
      if (names.contains("ppt/presentation.xml")) {
        return Optional.of(PPTX);
      }
      return Optional.empty();
    } catch (IOException notAReadableArchive) {
      return Optional.empty();
    }
  }

  /**
   * Text has no control characters other than tab, line feed, form feed and carriage return; any
   * byte order mark of UTF-16 or a NUL in an executable fails this.
   */
  static boolean isText(byte[] sample) {
    for (byte b : sample) {
      int c = b & 0xFF;
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        return false;
      }
      if (c == 0x7F) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] data, byte[] prefix) {
    return data.length >= prefix.length
        && Arrays.equals(Arrays.copyOf(data, prefix.length), prefix);
  }

  private static byte[] head(Path file, int max) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(max);
    }
  }
}
