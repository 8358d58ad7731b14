package org.ascassure.reports.selfassessment;

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
    byte[][] pdf = {new byte[0]};
    RenderTimings timings =
        RenderTimings.measure(warmUp, measured, () -> pdf[0] = SelfAssessmentPdf.full(document));
    long summaryStart = System.nanoTime();
    SelfAssessmentPdf.summary(document);
    long summaryMillis = (System.nanoTime() - summaryStart) / 1_000_000;
    System.out.printf(
        Locale.ROOT,
        "Full self-assessment PDF: %d words, %d evidence items, %d KB%n%s"
            + "  summary version: %d ms%n",
        words,
        document.evidenceIndex().size(),
        pdf[0].length / 1024,
        timings.describe(),
        summaryMillis);
  }
}
