package org.ascassure.reports.platform;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** What the tests read from a rendered PDF: PDFBox for text and links, veraPDF for PDF/UA-1. */
public final class PdfChecks {

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private PdfChecks() {}

  /** Every PDF/UA-1 rule the document breaks, one line each; empty when it is compliant. */
  public static List<String> pdfUaFailures(byte[] pdf) {
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

  public static String text(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text as one line: line breaks read as spaces, words hyphenated at a line end joined. */
  public static String flatText(byte[] pdf) {
    return text(pdf).replaceAll("-\\s*\\n", "-").replaceAll("\\s+", " ");
  }

  /**
   * The text in the order it was drawn, as one line: a table cell's lines stay together (sorted by
   * position they interleave with the next cell's), but inline runs such as links come after their
   * line.
   */
  public static String streamText(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper()
          .getText(document)
          .replaceAll("-\\s*\\n", "-")
          .replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String title(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getDocumentInformation().getTitle();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String language(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getDocumentCatalog().getLanguage();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static int pages(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of each page. */
  public static List<String> pageTexts(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<String> texts = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      for (int i = 1; i <= document.getNumberOfPages(); i++) {
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        texts.add(stripper.getText(document));
      }
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The outline's titles, depth first, indented by two spaces per level. */
  public static List<String> bookmarks(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<String> titles = new ArrayList<>();
      PDOutlineNode outline = document.getDocumentCatalog().getDocumentOutline();
      if (outline != null) {
        collect(outline, 0, titles);
      }
      return titles;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void collect(PDOutlineNode node, int depth, List<String> titles) {
    for (PDOutlineItem item : node.children()) {
      titles.add("  ".repeat(depth) + item.getTitle());
      collect(item, depth + 1, titles);
    }
  }

  /**
   * A link annotation: where it sits ({@code line} is the whole line of text it is on, in drawing
   * order: openhtmltopdf draws inline runs such as links and bold words after the rest), what it
   * says it is, and where it goes; for an internal link, {@code landing} is the text of the line
   * where it lands (the first line below its destination).
   */
  public record Link(
      int page,
      String text,
      String line,
      String contents,
      Integer targetPage,
      String uri,
      String landing) {

    public boolean internal() {
      return targetPage != null;
    }
  }

  /** The text within one line's height below {@code top} (PDF units, from the page's foot). */
  private static String lineBelow(PDPage page, float top) throws IOException {
    PDFTextStripperByArea area = new PDFTextStripperByArea();
    area.setSortByPosition(true);
    float height = page.getMediaBox().getHeight();
    area.addRegion(
        "line", new Rectangle2D.Float(0, height - top, page.getMediaBox().getWidth(), 14));
    area.extractRegions(page);
    return area.getTextForRegion("line").strip();
  }

  public static List<Link> links(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<Link> links = new ArrayList<>();
      int number = 0;
      for (PDPage page : document.getPages()) {
        number++;
        PDFTextStripperByArea area = new PDFTextStripperByArea();
        // a second stripper: one that saw a glyph in two regions would drop it as a duplicate
        PDFTextStripperByArea lines = new PDFTextStripperByArea();
        List<PDAnnotationLink> onPage = new ArrayList<>();
        for (PDAnnotation annotation : page.getAnnotations()) {
          if (annotation instanceof PDAnnotationLink link) {
            PDRectangle r = link.getRectangle();
            float height = page.getMediaBox().getHeight();
            area.addRegion(
                Integer.toString(onPage.size()),
                new Rectangle2D.Float(
                    r.getLowerLeftX(), height - r.getUpperRightY(), r.getWidth(), r.getHeight()));
            lines.addRegion(
                Integer.toString(onPage.size()),
                new Rectangle2D.Float(
                    0, height - r.getUpperRightY(), page.getMediaBox().getWidth(), r.getHeight()));
            onPage.add(link);
          }
        }
        area.extractRegions(page);
        lines.extractRegions(page);
        for (int i = 0; i < onPage.size(); i++) {
          PDAnnotationLink link = onPage.get(i);
          {
            Integer target = null;
            String uri = null;
            String landing = null;
            PDPageDestination destination = null;
            if (link.getDestination() instanceof PDPageDestination d) {
              destination = d;
            } else if (link.getAction() instanceof PDActionGoTo goTo
                && goTo.getDestination() instanceof PDPageDestination d) {
              destination = d;
            } else if (link.getAction() instanceof PDActionURI action) {
              uri = action.getURI();
            }
            if (destination != null) {
              target = document.getPages().indexOf(destination.getPage()) + 1;
              if (destination instanceof PDPageXYZDestination xyz) {
                landing = lineBelow(destination.getPage(), xyz.getTop());
              }
            }
            links.add(
                new Link(
                    number,
                    area.getTextForRegion(Integer.toString(i)).strip(),
                    lines.getTextForRegion(Integer.toString(i)).strip(),
                    link.getContents(),
                    target,
                    uri,
                    landing));
          }
        }
      }
      return links;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
