package org.ascassure.reports.platform;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes narrative HTML – already sanitised, so only paragraphs, emphasis, lists, headings, quotes
 * and links are left – as Word paragraphs, runs, lists and links. Everything else is read as text,
 * never as markup: nothing in a narrative can reach the document's XML except as characters.
 */
public final class WordNarrative {

  private final WordDocument word;
  private final int belowLevel;

  /**
   * @param belowLevel the heading level the narrative sits under; its own headings go below it
   */
  public WordNarrative(WordDocument word, int belowLevel) {
    this.word = word;
    this.belowLevel = belowLevel;
  }

  public void blocks(List<Node> nodes) {
    XWPFParagraph loose = null;
    for (Node node : nodes) {
      if (node instanceof Element e && isBlock(e)) {
        loose = null;
        block(e);
      } else if (!(node instanceof TextNode t && t.isBlank())) {
        if (loose == null) {
          loose = word.paragraph();
        }
        inline(loose, node, Format.PLAIN);
      }
    }
  }

  private void block(Element e) {
    switch (e.tagName()) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        int level = e.tagName().charAt(1) - '0';
        XWPFParagraph p = word.paragraph();
        p.setStyle("Heading" + Math.min(6, Math.max(level, belowLevel + 1)));
        inlines(p, e, Format.PLAIN);
      }
      case "ul", "ol" -> list(e, 0);
      case "blockquote" -> {
        XWPFParagraph p = word.paragraph();
        p.setStyle("Quote");
        inlines(p, e, Format.PLAIN);
      }
      default -> inlines(word.paragraph(), e, Format.PLAIN);
    }
  }

  private void list(Element list, int level) {
    BigInteger numId = word.newList(list.tagName().equals("ol"));
    for (Element item : list.children()) {
      XWPFParagraph p = word.paragraph();
      p.setNumID(numId);
      p.setNumILvl(BigInteger.valueOf(Math.min(level, 2)));
      for (Node child : item.childNodes()) {
        if (child instanceof Element nested
            && (nested.tagName().equals("ul") || nested.tagName().equals("ol"))) {
          list(nested, level + 1);
        } else {
          inline(p, child, Format.PLAIN);
        }
      }
    }
  }

  private void inlines(XWPFParagraph p, Element parent, Format format) {
    for (Node child : parent.childNodes()) {
      inline(p, child, format);
    }
  }

  private void inline(XWPFParagraph p, Node node, Format format) {
    if (node instanceof TextNode text) {
      String value = text.text();
      if (!value.isEmpty()) {
        WordDocument.text(
            p, value, format.bold(), format.italic(), format.underline(), format.strike());
      }
      return;
    }
    if (!(node instanceof Element e)) {
      return;
    }
    switch (e.tagName()) {
      case "strong", "b" -> inlines(p, e, format.withBold());
      case "em", "i" -> inlines(p, e, format.withItalic());
      case "u" -> inlines(p, e, format.withUnderline());
      case "s" -> inlines(p, e, format.withStrike());
      case "br" -> p.getCTP().addNewR().addNewBr();
      case "a" -> link(p, e);
      default -> inlines(p, e, format);
    }
  }

  private void link(XWPFParagraph p, Element a) {
    String href = a.attr("href");
    String text = a.text();
    if (href.startsWith("#")) {
      WordDocument.internalLink(
          p, WordDocument.bookmarkName(href.substring(1)), text, a.attr("title"));
      return;
    }
    String lower = href.toLowerCase(Locale.ROOT);
    if (lower.startsWith("https://")
        || lower.startsWith("http://")
        || lower.startsWith("mailto:")) {
      XWPFHyperlinkRun run = p.createHyperlinkRun(href);
      run.setStyle("Hyperlink");
      run.setText(text);
    } else {
      WordDocument.text(p, text);
    }
  }

  private static boolean isBlock(Element e) {
    return switch (e.tagName()) {
      case "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "div" -> true;
      default -> false;
    };
  }

  /** The emphasis a run inherits from the elements around it. */
  private record Format(boolean bold, boolean italic, boolean underline, boolean strike) {
    static final Format PLAIN = new Format(false, false, false, false);

    Format withBold() {
      return new Format(true, italic, underline, strike);
    }

    Format withItalic() {
      return new Format(bold, true, underline, strike);
    }

    Format withUnderline() {
      return new Format(bold, italic, true, strike);
    }

    Format withStrike() {
      return new Format(bold, italic, underline, true);
    }
  }
}
