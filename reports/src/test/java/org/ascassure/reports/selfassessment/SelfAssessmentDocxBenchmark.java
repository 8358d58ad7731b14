package org.ascassure.reports.selfassessment;

import java.io.ByteArrayOutputStream;

/**
 * A timed harness, not a test: renders a full self-assessment (nine statements of ~1,500 words, 110
 * evidence items) as .docx, first cold then warm, and reports each render and the median of the
 * warm ones (target: under 0.5 s warm). Run with {@code ./mvnw -pl reports -am -Pbench verify}.
 */
public final class SelfAssessmentDocxBenchmark {

  static final int WARM_UP = 10;
  static final int MEASURED = 20;

  private SelfAssessmentDocxBenchmark() {}

  public static void main(String[] args) {
    SelfAssessmentDocument document = SelfAssessmentFixtures.fernshire(1_500, 110, null);
    long cold = render(document, false);
    System.out.printf("self-assessment docx, cold: %,d ms%n", cold / 1_000_000);
    for (int i = 0; i < WARM_UP; i++) {
      render(document, false);
    }
    long[] warm = new long[MEASURED];
    int size = 0;
    for (int i = 0; i < MEASURED; i++) {
      warm[i] = render(document, false);
    }
    java.util.Arrays.sort(warm);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SelfAssessmentDocx.render(document, false, out);
    size = out.size();
    System.out.printf(
        "self-assessment docx (9 statements x 1,500 words, 110 evidence items, %,d KB), warm over"
            + " %d renders: median %,d ms, fastest %,d ms, slowest %,d ms%n",
        size / 1024,
        MEASURED,
        warm[MEASURED / 2] / 1_000_000,
        warm[0] / 1_000_000,
        warm[MEASURED - 1] / 1_000_000);
    long summary = render(document, true);
    System.out.printf("self-assessment summary docx, warm: %,d ms%n", summary / 1_000_000);
  }

  private static long render(SelfAssessmentDocument document, boolean summary) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    long start = System.nanoTime();
    SelfAssessmentDocx.render(document, summary, out);
    return System.nanoTime() - start;
  }
}
