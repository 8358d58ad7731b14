package org.ascassure.reports.platform;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Renders an XHTML page (built with {@link PdfPage}) as tagged PDF/UA-1: the document title shown
 * in the window's title bar, language en-GB, a bookmark per heading (h1–h4), headings, lists and
 * tables tagged as such with their header cells, every glyph from the embedded DejaVu Sans, and
 * page furniture (the running footer) marked as artifacts. Thread-safe; fonts are read once.
 */
public final class TaggedPdf {

  public static final String MEDIA_TYPE = "application/pdf";

  static final String FONT_FAMILY = "DejaVu Sans";

  private static final Map<String, byte[]> FONTS = new ConcurrentHashMap<>();

  /** Glyph metrics, shared by every render: parsing a font is most of a small document's cost. */
  private static final FSCacheEx<String, FSCacheValue> FONT_METRICS = new SharedCache();

  static {
    // openhtmltopdf logs each render's progress at INFO (and a line per link): warnings only
    for (String logger : XRLog.listRegisteredLoggers()) {
      XRLog.setLevel(logger, Level.WARNING);
    }
  }

  private TaggedPdf() {}

  /** The PDF of {@code page}, written to {@code out} (which is left open). */
  public static void render(PdfPage page, OutputStream out) {
    Document document = page.document();
    addBookmarks(document);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.usePdfUaAccessibility(true);
    builder.withProducer("ASC Assure");
    builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, FONT_METRICS);
    font(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
    font(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
    font(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
    font(builder, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);
    builder.withW3cDocument(new W3CDom().fromJsoup(document), "about:blank");
    builder.toStream(out);
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      renderer.setListener(new LinkDescriptions(page.linkTargets()));
      renderer.layout();
      renderer.createPDF();
    } catch (IOException e) {
      throw new UncheckedIOException("The PDF could not be written.", e);
    }
  }

  /** The PDF of {@code page} as bytes. */
  public static byte[] render(PdfPage page) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    render(page, out);
    return out.toByteArray();
  }

  private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
    byte[] bytes = FONTS.computeIfAbsent(file, TaggedPdf::readFont);
    builder.useFont(() -> new ByteArrayInputStream(bytes), FONT_FAMILY, weight, style, true);
  }

  private static byte[] readFont(String file) {
    try (InputStream in = TaggedPdf.class.getResourceAsStream("fonts/" + file)) {
      if (in == null) {
        throw new IllegalStateException("The font " + file + " is missing from the reports jar.");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The outline a reader navigates by: one bookmark per h1–h4 that has an id, nested by level (a
   * page's headings get ids from {@link PdfPage#heading}).
   */
  private static void addBookmarks(Document document) {
    Element head = document.head();
    head.select("bookmarks").remove();
    Element root = head.appendElement("bookmarks");
    Deque<Element> open = new ArrayDeque<>();
    Deque<Integer> levels = new ArrayDeque<>();
    for (Element heading : document.body().select("h1[id], h2[id], h3[id], h4[id]")) {
      int level = heading.tagName().charAt(1) - '0';
      while (!levels.isEmpty() && levels.peek() >= level) {
        levels.pop();
        open.pop();
      }
      Element parent = open.isEmpty() ? root : open.peek();
      Element bookmark =
          parent
              .appendElement("bookmark")
              .attr("name", heading.text())
              .attr("href", "#" + heading.id());
      open.push(bookmark);
      levels.push(level);
    }
  }

  /** A cache that lives as long as the application: there are four fonts. */
  private static final class SharedCache implements FSCacheEx<String, FSCacheValue> {
    private final Map<String, FSCacheValue> values = new ConcurrentHashMap<>();

    @Override
    public void put(String key, FSCacheValue value) {
      values.put(key, value);
    }

    @Override
    public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
      return values.computeIfAbsent(
          key,
          k -> {
            try {
              return loader.call();
            } catch (Exception e) {
              throw new IllegalStateException("A font could not be read.", e);
            }
          });
    }

    @Override
    public FSCacheValue get(String key) {
      return values.get(key);
    }
  }
}
