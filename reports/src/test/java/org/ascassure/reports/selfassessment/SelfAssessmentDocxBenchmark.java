package org.ascassure.reports.selfassessment;

import java.io.ByteArrayOutputStream;
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
    Rendered[] last = {null};
    RenderTimings timings =
        RenderTimings.measure(warmUp, measured, () -> last[0] = render(document, false));
    long summaryMillis = render(document, true).nanos / 1_000_000;
    System.out.printf(
        Locale.ROOT,
        "Full self-assessment DOCX: %d evidence items, %d KB; first (cold) render %d ms%n%s"
            + "  summary version: %d ms%n",
        document.evidenceIndex().size(),
        last[0].bytes / 1024,
        cold,
        timings.describe(),
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
