package org.ascassure.web.evidence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ascassure.evidence.boundary.EvidenceBank;
import org.ascassure.evidence.boundary.FileContent;
import org.ascassure.evidence.entity.EvidenceItem;
import org.ascassure.evidence.entity.StoredFile;
import org.ascassure.platform.boundary.ContentTooLargeException;
import org.ascassure.web.platform.Inputs;
import org.ascassure.web.platform.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * One evidence item by its id: members read; leads and administrators change. Writes admit every
 * signed-in role here because roles are held per council: the domain decides (403 for a director or
 * auditor, 404 for someone who is no member of the item's council).
 */
@Path("v1/evidence")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class EvidenceResource {

  /** Why an item is withdrawn. */
  public record WithdrawalInput(String reason) {}

  private static final Pattern EXTENDED_NAME =
      Pattern.compile("filename\\*\\s*=\\s*UTF-8''([^;]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern QUOTED_NAME =
      Pattern.compile("filename\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
  private static final Pattern PLAIN_NAME =
      Pattern.compile("filename\\s*=\\s*([^;\"]+)", Pattern.CASE_INSENSITIVE);

  @Inject EvidenceBank bank;

  @GET
  @Path("{id}")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "One evidence item; the ETag is what a change must send as If-Match")
  public Response one(@PathParam("id") long id) {
    return ok(bank.get(id));
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(summary = "Change an evidence item; needs If-Match with the ETag read")
  public Response update(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      EvidenceInput input) {
    long expected = Versions.fromIfMatch(ifMatch);
    return ok(bank.update(id, expected, Inputs.required(input).details()));
  }

  @POST
  @Path("{id}/withdrawal")
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(
      summary = "Withdraw an evidence item, with the reason; needs If-Match",
      description =
          "The item stays, with its reference, as WITHDRAWN, so that citations of it can still be"
              + " explained. It cannot be changed afterwards.")
  public Response withdraw(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      WithdrawalInput input) {
    long expected = Versions.fromIfMatch(ifMatch);
    return ok(bank.withdraw(id, expected, Inputs.required(input).reason()));
  }

  @PUT
  @Path("{id}/file")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(
      summary = "Upload the item's file as the raw request body; needs If-Match",
      description =
          "Name the file with ?filename= or a Content-Disposition header. Accepted, judged by"
              + " content rather than name: PDF, DOCX, XLSX, PPTX, PNG, JPEG, CSV and plain text"
              + " (415 otherwise); larger than the limit (25 MB by default): 413. Replaces an"
              + " earlier file.")
  public Response upload(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @QueryParam("filename") String fileName,
      @HeaderParam("Content-Disposition") String disposition,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length,
      @HeaderParam("Expect") String expect,
      InputStream content) {
    long expected = Versions.fromIfMatch(ifMatch);
    try {
      if (length != null && length > bank.maxFileBytes()) {
        // the declared size alone is too much: refused without storing anything
        throw new ContentTooLargeException(bank.maxFileBytes());
      }
      String name = fileName != null && !fileName.isBlank() ? fileName : nameIn(disposition);
      return ok(bank.attachFile(id, expected, name, content));
    } catch (ContentTooLargeException tooLarge) {
      if (!"100-continue".equalsIgnoreCase(expect)) {
        discardRest(content, 2 * bank.maxFileBytes());
      }
      throw tooLarge;
    }
  }

  /**
   * Reads and drops what is left of a refused body, up to a bound: most clients read the answer
   * only once they have sent the whole body (one that sent Expect: 100-continue never sends it).
   */
  private static void discardRest(InputStream content, long atMost) {
    try {
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      int read;
      while (total < atMost && (read = content.read(buffer)) != -1) {
        total += read;
      }
    } catch (IOException clientGone) {
      // nothing left to be polite to
    }
  }

  @GET
  @Path("{id}/file")
  @Produces(MediaType.WILDCARD)
  @RolesAllowed({"ADMIN", "LEAD", "DIRECTOR", "AUDITOR"})
  @Operation(
      summary = "Download the item's file under its original name",
      description = "With the media type found at upload and its SHA-256 checksum as the ETag.")
  public Response download(@PathParam("id") long id) {
    FileContent content = bank.fileOf(id);
    StoredFile file = content.file();
    StreamingOutput body =
        out -> {
          try (InputStream in = content.open()) {
            in.transferTo(out);
          }
        };
    return Response.ok(body, file.mediaType())
        .header(HttpHeaders.CONTENT_LENGTH, file.size())
        .header("Content-Disposition", attachment(file.fileName()))
        .header("X-Content-Type-Options", "nosniff")
        .tag(file.sha256())
        .build();
  }

  private static Response ok(EvidenceItem item) {
    return Response.ok(EvidenceView.of(item)).tag(Versions.tag(item.getVersion())).build();
  }

  /** RFC 6266 with an ASCII fallback and the exact name in RFC 5987 form. */
  static String attachment(String fileName) {
    String fallback = fileName.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
    String exact =
        URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + exact;
  }

  static String nameIn(String disposition) {
    if (disposition == null) {
      return null;
    }
    Matcher extended = EXTENDED_NAME.matcher(disposition);
    if (extended.find()) {
      String encoded = extended.group(1).strip().replace("+", "%2B");
      return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    }
    Matcher quoted = QUOTED_NAME.matcher(disposition);
    if (quoted.find()) {
      return quoted.group(1);
    }
    Matcher plain = PLAIN_NAME.matcher(disposition);
    return plain.find() ? plain.group(1).strip() : null;
  }
}
