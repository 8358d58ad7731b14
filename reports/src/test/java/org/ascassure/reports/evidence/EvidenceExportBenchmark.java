package org.ascassure.reports.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A timed harness, not a test: writes 10,000 evidence rows (each with a 600-character description)
 * as Excel and as CSV to a stream that only counts bytes, and reports the time and the heap in use
 * while writing. Run with {@code ./mvnw -pl reports -am -Pbench verify}; the profile gives the JVM
 * a small heap so that an export that held the whole workbook would fail.
 */
public final class EvidenceExportBenchmark {

  static final int ROWS = 10_000;

  private EvidenceExportBenchmark() {}

  public static void main(String[] args) throws IOException {
    for (int round = 1; round <= 5; round++) {
      run("xlsx", round);
      run("csv", round);
    }
  }

  private static void run(String format, int round) throws IOException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long before = memory.getHeapMemoryUsage().getUsed();
    long peak = before;
    Counting out = new Counting();
    long start = System.nanoTime();
    EvidenceTableWriter writer =
        format.equals("xlsx") ? new EvidenceXlsx(out, "Benchmark") : new EvidenceCsv(out);
    for (int i = 1; i <= ROWS; i++) {
      writer.add(row(i));
      if (i % 500 == 0) {
        peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
      }
    }
    writer.finish();
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "evidence %s, %,d rows, round %d: %,d ms, %,d KB written, heap in use during the export"
            + " at most %,d KB above the start (max heap %,d MB)%n",
        format,
        ROWS,
        round,
        millis,
        out.bytes / 1024,
        Math.max(0, peak - before) / 1024,
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
  }

  static EvidenceRow row(int i) {
    return new EvidenceRow(
        "E" + i,
        "Evidence item " + i + ": quarterly survey of people who use services",
        ("People told us about waiting times, reablement and carers' support; " + i + ". ")
            .repeat(8),
        List.of("People's experience", "Processes"),
        List.of("QS" + (1 + i % 9), "QS" + (1 + (i + 3) % 9)),
        "Owner " + (i % 40),
        LocalDate.of(2025, 1 + i % 12, 1 + i % 28),
        LocalDateTime.of(2025, 6, 1, 9, 0).plusMinutes(i),
        "demo.lead",
        LocalDateTime.of(2025, 7, 1, 9, 0).plusMinutes(i),
        "demo.director",
        LocalDate.of(2026, 1 + i % 12, 1 + i % 28),
        i % 10 == 0 ? "Expired" : "Current",
        null,
        "https://fernshire.example/evidence/" + i,
        "evidence-" + i + ".pdf",
        "application/pdf",
        100_000L + i,
        "ab".repeat(32));
  }

  /** Discards what is written, counting it. */
  static final class Counting extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }
}
