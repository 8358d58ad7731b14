package org.ascassure.reports.selfassessment;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * How long a full self-assessment takes to render as tagged PDF once warm: nine statements of about
 * 1,500 words each plus the theme and overview parts, 110 evidence items. Not a test (timings
 * depend on the machine); run it with {@code ./mvnw -pl reports -am -Pbench -DskipTests test}.
 */
public final class SelfAssessmentPdfBenchmark {

  private SelfAssessmentPdfBenchmark() {}

  public static void main(String[] args) {
    int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    int measured = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    SelfAssessmentDocument document = SelfAssessmentFixtures.fernshire(1500, 110, null);
    long words =
        document
            .parts()
            .mapToLong(p -> p.html().replaceAll("<[^>]+>", " ").strip().split("\\s+").length)
            .sum();
    byte[] pdf = new byte[0];
    for (int i = 0; i < warmUp; i++) {
      pdf = SelfAssessmentPdf.full(document);
    }
    // CPU time of the rendering thread beside wall time: on a shared machine the two differ
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] millis = new long[measured];
    long[] cpuMillis = new long[measured];
    for (int i = 0; i < measured; i++) {
      long cpu = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      pdf = SelfAssessmentPdf.full(document);
      millis[i] = (System.nanoTime() - start) / 1_000_000;
      cpuMillis[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
    }
    Arrays.sort(millis);
    Arrays.sort(cpuMillis);
    long summaryStart = System.nanoTime();
    SelfAssessmentPdf.summary(document);
    long summaryMillis = (System.nanoTime() - summaryStart) / 1_000_000;
    System.out.printf(
        Locale.ROOT,
        "Full self-assessment PDF: %d words, %d evidence items, %d KB%n"
            + "  warm-up %d renders, then %d measured: min %d ms, median %d ms, p90 %d ms, max %d"
            + " ms%n  CPU time of the rendering thread: min %d ms, median %d ms%n"
            + "  summary version: %d ms%n",
        words,
        document.evidenceIndex().size(),
        pdf.length / 1024,
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
}
