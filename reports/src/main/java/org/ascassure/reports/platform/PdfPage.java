package org.ascassure.reports.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ascassure.selfassessment.control.NarrativeHtml;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;

/**
 * An XHTML page that {@link TaggedPdf} renders: the shell (title, language, shared style, running
 * footer) and helpers for the structures every document uses — headings that become bookmarks,
 * tables with header cells, narrative HTML sanitised again on the way in. Built with jsoup, so text
 * is always escaped.
 */
public final class PdfPage {

  public static final String LANGUAGE = "en-GB";

  private static final String STYLE = readStyle();

  private final Document document;

  private final Map<String, String> linkTargets = new HashMap<>();

  private PdfPage(Document document) {
    this.document = document;
  }

  /**
   * A page titled {@code title} (the PDF's title, shown by readers instead of the file name) with
   * {@code footer} at the bottom of every page beside the page number.
   */
  public static PdfPage titled(String title, String subject, String footer) {
    Document document = Document.createShell("");
    document.outputSettings().syntax(Document.OutputSettings.Syntax.xml);
    document.outputSettings().escapeMode(Entities.EscapeMode.xhtml);
    document.outputSettings().prettyPrint(false);
    document.child(0).attr("lang", LANGUAGE).attr("xml:lang", LANGUAGE);
    Element head = document.head();
    head.appendElement("meta").attr("charset", "UTF-8");
    head.appendElement("title").text(title);
    if (subject != null) {
      head.appendElement("meta").attr("name", "subject").attr("content", subject);
    }
    head.appendElement("meta").attr("name", "author").attr("content", "ASC Assure");
    head.appendElement("style")
        .appendChild(new org.jsoup.nodes.DataNode(STYLE.replace("var-footer", cssString(footer))));
    return new PdfPage(document);
  }

  public Document document() {
    return document;
  }

  public Element body() {
    return document.body();
  }

  /**
   * Names the element with {@code id} as a link target: links to it are described (for screen
   * readers, PDF/UA's Contents of the link) as {@code description}.
   */
  public void linkTarget(String id, String description) {
    linkTargets.put(id, description);
  }

  Map<String, String> linkTargets() {
    return Map.copyOf(linkTargets);
  }

  /** A heading; with an id it is also a bookmark and a link target. */
  public static Element heading(Element parent, int level, String id, String text) {
    Element heading = parent.appendElement("h" + level).text(text);
    if (id != null) {
      heading.id(id);
    }
    return heading;
  }

  /** A table with a caption and one header cell per column; rows go into the returned tbody. */
  public static Element table(Element parent, String caption, List<String> headers) {
    Element table = parent.appendElement("table");
    if (caption != null) {
      table.appendElement("caption").text(caption);
    }
    Element row = table.appendElement("thead").appendElement("tr");
    for (String header : headers) {
      row.appendElement("th").attr("scope", "col").text(header);
    }
    return table.appendElement("tbody");
  }

  /** A row of plain-text cells; the first is the row's header when {@code rowHeader}. */
  public static Element row(Element tbody, boolean rowHeader, String... cells) {
    Element row = tbody.appendElement("tr");
    for (int i = 0; i < cells.length; i++) {
      if (i == 0 && rowHeader) {
        row.appendElement("th").attr("scope", "row").text(nullToEmpty(cells[i]));
      } else {
        row.appendElement("td").text(nullToEmpty(cells[i]));
      }
    }
    return row;
  }

  /**
   * Appends narrative HTML to {@code parent}, sanitised again with the domain's policy (what is
   * stored was sanitised on write; a document must not trust that), its headings moved below {@code
   * belowLevel} so the document's outline stays in order. Returns the nodes added.
   */
  public static List<Node> appendNarrative(Element parent, String html, int belowLevel) {
    String safe = NarrativeHtml.sanitise(html);
    Element holder = Jsoup.parseBodyFragment(safe).body();
    for (Element heading : holder.select("h1, h2, h3, h4, h5, h6")) {
      int level = heading.tagName().charAt(1) - '0';
      heading.tagName("h" + Math.min(6, Math.max(level, belowLevel + 1)));
    }
    // PDF/UA wants a description on every link annotation: the address it leads to
    for (Element link : holder.select("a[href]")) {
      link.removeAttr("rel");
      link.attr("title", link.attr("href"));
    }
    List<Node> nodes = List.copyOf(holder.childNodes());
    for (Node node : nodes) {
      parent.appendChild(node);
    }
    return nodes;
  }

  /** A CSS string literal: quotes, backslashes and line breaks escaped, nothing can break out. */
  static String cssString(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : nullToEmpty(text).toCharArray()) {
      if (c == '"' || c == '\\' || c == '<' || c == '>' || c < 0x20) {
        out.append('\\').append(Integer.toHexString(c)).append(' ');
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  private static String readStyle() {
    try (InputStream in = PdfPage.class.getResourceAsStream("document.css")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
