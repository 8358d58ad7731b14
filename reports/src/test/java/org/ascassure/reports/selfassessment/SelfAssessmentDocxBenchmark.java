package org.ascassure.reports.selfassessment;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * How long a full self-assessment takes to render as .docx once warm (target: under 0.5 s): the
 * same document as {@link SelfAssessmentPdfBenchmark} (nine statements of about 1,500 words each
 * plus the theme and overview parts, 110 evidence items), measured the same way. Not a test
 * (timings depend on the machine); run it with {@code ./mvnw -pl reports -am -Pbench -DskipTests
 * test}.
 */
public final class SelfAssessmentDocxBenchmark {

  private SelfAssessmentDocxBenchmark() {}

  public static void main(String[] args) {
    int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    int measured = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    SelfAssessmentDocument document = SelfAssessmentFixtures.fernshire(1500, 110, null);
    long cold = render(document, false).nanos / 1_000_000;
    Rendered last = null;
    for (int i = 0; i < warmUp; i++) {
      last = render(document, false);
    }
    // CPU time of the rendering thread beside wall time: on a shared machine the two differ
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] millis = new long[measured];
    long[] cpuMillis = new long[measured];
    for (int i = 0; i < measured; i++) {
      long cpu = threads.getCurrentThreadCpuTime();
      last = render(document, false);
      millis[i] = last.nanos / 1_000_000;
      cpuMillis[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
    }
    Arrays.sort(millis);
    Arrays.sort(cpuMillis);
    long summaryMillis = render(document, true).nanos / 1_000_000;
    System.out.printf(
        Locale.ROOT,
        "Full self-assessment DOCX: %d evidence items, %d KB; first (cold) render %d ms%n"
            + "  warm-up %d renders, then %d measured: min %d ms, median %d ms, p90 %d ms, max %d"
            + " ms%n  CPU time of the rendering thread: min %d ms, median %d ms%n"
            + "  summary version: %d ms%n",
        document.evidenceIndex().size(),
        last.bytes / 1024,
        cold,
        warmUp,
        measured,
        millis[0],
        millis[measured / 2],
        millis[(int) Math.ceil(measured * 0.9) - 1],
        millis[measured - 1],
        cpuMillis[0],
        cpuMillis[measured / 2],
        summaryMillis);
  }

  private record Rendered(long nanos, int bytes) {}

  private static Rendered render(SelfAssessmentDocument document, boolean summary) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    long start = System.nanoTime();
    SelfAssessmentDocx.render(document, summary, out);
    return new Rendered(System.nanoTime() - start, out.size());
  }
}
