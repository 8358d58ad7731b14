package org.ascassure.evidence.entity;

/**
 * A file uploaded to an evidence item: the name the user gave it, the type its content was found to
 * be, its size and SHA-256 checksum, and the generated key it is stored under (never derived from
 * the user's input).
 */
public record StoredFile(
    String fileName, String mediaType, long size, String sha256, String storageKey) {

  public static final int NAME_LENGTH = 255;
  public static final int MEDIA_TYPE_LENGTH = 100;
  public static final int KEY_LENGTH = 64;
}
