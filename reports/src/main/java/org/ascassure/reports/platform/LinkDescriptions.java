package org.ascassure.reports.platform;

import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;

/**
 * Gives every link annotation the description PDF/UA-1 requires (its Contents, 7.18.5), which
 * openhtmltopdf leaves out: a web link says where it goes; a link inside the document says what it
 * leads to, found by where it lands — the target registered with {@link PdfPage#linkTarget} nearest
 * to the destination on that page.
 */
final class LinkDescriptions implements PDFCreationListener {

  private final Map<String, String> targets;

  LinkDescriptions(Map<String, String> targets) {
    this.targets = targets;
  }

  @Override
  public void preOpen(PdfBoxRenderer renderer) {}

  @Override
  public void preWrite(PdfBoxRenderer renderer, int pageCount) {}

  /** Called once every page and link is in place, just before the document is saved. */
  @Override
  public void onClose(PdfBoxRenderer renderer) {
    List<PagePosition<?>> positions =
        targets.isEmpty()
            ? List.of()
            : List.copyOf(
                renderer.findPagePositionsByID(Pattern.compile(".+")).stream()
                    .filter(p -> targets.containsKey(p.getId()))
                    .toList());
    PDDocument pdf = renderer.getPdfDocument();
    try {
      for (PDPage page : pdf.getPages()) {
        for (PDAnnotation annotation : page.getAnnotations()) {
          if (annotation instanceof PDAnnotationLink link && link.getContents() == null) {
            link.setContents(describe(pdf, link, positions));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String describe(PDDocument pdf, PDAnnotationLink link, List<PagePosition<?>> positions)
      throws IOException {
    if (link.getAction() instanceof PDActionURI uri) {
      return "Link to " + uri.getURI();
    }
    if (link.getAction() instanceof PDActionGoTo goTo
        && goTo.getDestination() instanceof PDPageXYZDestination destination) {
      int page = pdf.getPages().indexOf(destination.getPage());
      float top = destination.getTop();
      PagePosition<?> nearest = null;
      for (PagePosition<?> position : positions) {
        if (position.getPageNo() == page
            && (nearest == null || distance(position, top) < distance(nearest, top))) {
          nearest = position;
        }
      }
      if (nearest != null) {
        return targets.get(nearest.getId());
      }
    }
    return "Link to another place in this document";
  }

  private static float distance(PagePosition<?> position, float top) {
    return Math.abs(position.getY() + position.getHeight() - top);
  }
}
