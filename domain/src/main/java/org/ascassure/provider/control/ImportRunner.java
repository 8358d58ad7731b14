package org.ascassure.provider.control;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs an import job in the background, a batch at a time, so the page can show progress. */
@Stateless
public class ImportRunner {

  private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

  /** Rows per transaction: small enough to show progress, large enough not to crawl. */
  static final int BATCH = 100;

  @Inject ImportBatches batches;

  @Asynchronous
  public void run(long jobId, List<CqcDirectoryCsv.Row> rows) {
    try {
      for (int from = 0; from < rows.size(); from += BATCH) {
        batches.apply(jobId, rows.subList(from, Math.min(rows.size(), from + BATCH)));
      }
      batches.finish(jobId);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Provider import " + jobId + " stopped", e);
      batches.fail(jobId, "the import stopped after a database error; rows before it are kept");
    }
  }
}
