package org.ascassure.selfassessment.control;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one place narrative HTML is made safe and read as text. Every write sanitises (API, UI,
 * import alike), so what is stored can be shown and rendered as it is.
 */
public final class NarrativeHtml {

  /**
   * What the text editor produces and a council document needs: paragraphs, emphasis, lists,
   * headings, quotes and links to web pages. No scripts, styles, images or event handlers.
   */
  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p",
              "br",
              "strong",
              "b",
              "em",
              "i",
              "u",
              "s",
              "ul",
              "ol",
              "li",
              "h2",
              "h3",
              "h4",
              "blockquote")
          .allowElements("a")
          .allowUrlProtocols("https", "http", "mailto")
          .allowAttributes("href")
          .onElements("a")
          .requireRelNofollowOnLinks()
          .toFactory();

  private NarrativeHtml() {}

  /** Safe HTML for storage; blank when nothing readable is left. */
  public static String sanitise(String html) {
    if (html == null) {
      return "";
    }
    String safe = POLICY.sanitize(html).strip();
    return text(safe).isBlank() ? "" : safe;
  }

  /** The readable text, each paragraph, heading and list item on a line of its own. */
  public static String text(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    Jsoup.parseBodyFragment(html)
        .body()
        .traverse(
            new NodeVisitor() {
              @Override
              public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                  out.append(text.text());
                } else if (node instanceof Element element && BLOCKS.contains(element.tagName())) {
                  newLine(out);
                }
              }

              @Override
              public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.tagName())) {
                  newLine(out);
                }
              }
            });
    return out.toString()
        .lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty())
        .reduce((a, b) -> a + "\n" + b)
        .orElse("");
  }

  private static final java.util.Set<String> BLOCKS =
      java.util.Set.of("p", "br", "li", "h2", "h3", "h4", "blockquote", "ul", "ol", "div");

  private static void newLine(StringBuilder out) {
    if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
  }

  /** Number of words in the readable text. */
  public static int words(String html) {
    String text = text(html);
    return text.isBlank() ? 0 : text.split("\\s+").length;
  }
}
