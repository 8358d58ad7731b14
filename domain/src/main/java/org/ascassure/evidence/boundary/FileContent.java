package org.ascassure.evidence.boundary;

import java.io.InputStream;
import java.util.function.Supplier;
import org.ascassure.evidence.entity.StoredFile;

/** An evidence item's file for download: what it is and a way to read it. */
public record FileContent(StoredFile file, Supplier<InputStream> opener) {

  public InputStream open() {
    return opener.get();
  }
}
