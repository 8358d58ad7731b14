package org.ascassure.evidence.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.ascassure.evidence.entity.StoredFile;
import org.ascassure.platform.boundary.ContentTooLargeException;
import org.ascassure.platform.boundary.UnsupportedContentException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps uploaded files in one directory ({@code ascassure.files.dir}), each under a generated key,
 * so no name or path a user typed ever reaches the file system. Stores while counting and hashing,
 * stops at {@code ascassure.files.max-bytes}, and keeps only content {@link ContentTypes} accepts.
 */
@ApplicationScoped
public class FileStore {

  public static final long DEFAULT_MAX_BYTES = 26_214_400L;

  private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");

  @Inject
  @ConfigProperty(name = "ascassure.files.dir")
  Optional<String> configuredDir;

  @Inject
  @ConfigProperty(name = "ascassure.files.max-bytes", defaultValue = "26214400")
  long maxBytes;

  public long maxBytes() {
    return maxBytes;
  }

  /** The directory; by default beside the run command's embedded database data. */
  public Path directory() {
    return configuredDir
        .filter(dir -> !dir.isBlank())
        .map(Path::of)
        .orElseGet(() -> Path.of(System.getProperty("user.home"), ".ascassure", "files"));
  }

  /**
   * Stores the content under a new key and describes it.
   *
   * @throws ContentTooLargeException past the limit (nothing is kept)
   * @throws UnsupportedContentException when the content is not an accepted type (nothing is kept)
   */
  public StoredFile store(InputStream content, String fileName) {
    try {
      Path dir = Files.createDirectories(directory());
      String key = UUID.randomUUID().toString().replace("-", "");
      Path partial = dir.resolve(key + ".part");
      try {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        long size = copyAtMost(content, partial, sha256);
        if (size == 0) {
          throw new UnsupportedContentException("The file is empty.");
        }
        String mediaType =
            ContentTypes.detect(partial, fileName)
                .orElseThrow(
                    () ->
                        new UnsupportedContentException(
                            "The content of '"
                                + fileName
                                + "' is not a type the evidence bank accepts: "
                                + ContentTypes.ALLOWED
                                + ". The file's name does not decide this, its content does."));
        Files.move(partial, dir.resolve(key), StandardCopyOption.ATOMIC_MOVE);
        return new StoredFile(
            fileName, mediaType, size, HexFormat.of().formatHex(sha256.digest()), key);
      } finally {
        Files.deleteIfExists(partial);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The file could not be stored", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private long copyAtMost(InputStream content, Path target, MessageDigest digest)
      throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    try (OutputStream out = Files.newOutputStream(target)) {
      int read;
      while ((read = content.read(buffer)) != -1) {
        total += read;
        if (total > maxBytes) {
          throw new ContentTooLargeException(maxBytes);
        }
        digest.update(buffer, 0, read);
        out.write(buffer, 0, read);
      }
    }
    return total;
  }

  /** Opens a stored file for reading. */
  public InputStream open(String key) {
    try {
      return Files.newInputStream(pathOf(key));
    } catch (IOException e) {
      throw new UncheckedIOException("Stored file " + key + " cannot be read", e);
    }
  }

  /** Forgets a stored file, e.g. one replaced by a newer upload or left by a rolled-back one. */
  public void delete(String key) {
    try {
      Files.deleteIfExists(pathOf(key));
    } catch (IOException e) {
      throw new UncheckedIOException("Stored file " + key + " cannot be deleted", e);
    }
  }

  private Path pathOf(String key) {
    if (key == null || !KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("not a storage key: " + key);
    }
    return directory().resolve(key);
  }
}
