package org.ascassure.reports.evidence;

import java.io.IOException;

/**
 * Writes evidence rows to a stream as they come, so an export of any size needs the memory of one
 * page of items, not of the whole bank. {@link #finish()} completes the file; the caller closes the
 * stream.
 */
public interface EvidenceTableWriter {

  void add(EvidenceRow row) throws IOException;

  void finish() throws IOException;
}
