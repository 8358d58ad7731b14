package org.ascassure.platform.boundary;

/** An upload is larger than the configured limit; nothing of it was kept. */
public class ContentTooLargeException extends DomainException {

  private final long limitBytes;

  public ContentTooLargeException(long limitBytes) {
    super(
        "The file is larger than the limit of "
            + readable(limitBytes)
            + ". Upload a smaller file, or link to where the document lives.");
    this.limitBytes = limitBytes;
  }

  public long limitBytes() {
    return limitBytes;
  }

  private static String readable(long bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MB";
    }
    if (bytes >= 1024 && bytes % 1024 == 0) {
      return bytes / 1024 + " KB";
    }
    return bytes + " bytes";
  }
}
