package org.ascassure.it.api;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF's PDF/UA-1 check of a document the product sent (the reports module's tests check the
 * same rules on fixtures; this sees documents made from real data).
 */
final class PdfUa {

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private PdfUa() {}

  /** Every PDF/UA-1 rule the document breaks, one line each; empty when it is compliant. */
  static List<String> failures(byte[] pdf) {
    try (PDFAParser parser =
            Foundries.defaultInstance()
                .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
        PDFAValidator validator =
            Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
      ValidationResult result = validator.validate(parser);
      List<String> failures = new ArrayList<>();
      for (TestAssertion assertion : result.getTestAssertions()) {
        if (assertion.getStatus() == TestAssertion.Status.FAILED) {
          failures.add(
              assertion.getRuleId().getClause()
                  + "-"
                  + assertion.getRuleId().getTestNumber()
                  + " "
                  + assertion.getMessage()
                  + " at "
                  + assertion.getLocation().getContext());
        }
      }
      if (!result.isCompliant() && failures.isEmpty()) {
        failures.add("not compliant");
      }
      return failures.stream().distinct().limit(20).toList();
    } catch (Exception e) {
      throw new IllegalStateException("veraPDF could not read the document", e);
    }
  }
}
