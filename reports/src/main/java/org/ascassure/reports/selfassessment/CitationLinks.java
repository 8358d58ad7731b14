package org.ascassure.reports.selfassessment;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ascassure.citation.control.CitationScanner;
import org.ascassure.evidence.entity.EvidenceRef;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns citations in narrative text — {@code (E15)}, {@code (E15, E22)}, a bare {@code E15} — into
 * links to the evidence index, read exactly as the domain's citation check reads them. A citation
 * that resolves to no entry (a "D20", an "E51" nobody added) stays plain text: a link that leads
 * nowhere would tell the reader it was checked.
 */
final class CitationLinks {

  /** One written reference: a letter, perhaps a space, digits (as {@link CitationScanner}). */
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z]\\s?\\d{1,5}");

  private final Set<EvidenceRef> indexed;

  /**
   * @param indexed the references the evidence index has an entry for
   */
  CitationLinks(Set<EvidenceRef> indexed) {
    this.indexed = Set.copyOf(indexed);
  }

  /** The anchor an index entry carries. */
  static String anchor(String ref) {
    return "evidence-" + ref;
  }

  /** Links every resolving citation inside {@code nodes} (and their descendants). */
  void link(List<Node> nodes) {
    for (Node node : nodes) {
      if (node instanceof TextNode text) {
        linkText(text);
      } else if (node instanceof Element element && !element.tagName().equals("a")) {
        link(List.copyOf(element.childNodes()));
      }
    }
  }

  private void linkText(TextNode node) {
    String text = node.getWholeText();
    List<CitationScanner.Found> found = CitationScanner.scan(text);
    // from the last to the first, so each split leaves the earlier offsets where they were
    for (int i = found.size() - 1; i >= 0; i--) {
      CitationScanner.Found citation = found.get(i);
      if (citation.ref().isEmpty() || !indexed.contains(citation.ref().get())) {
        continue;
      }
      Matcher token = TOKEN.matcher(text).region(citation.position(), text.length());
      if (!token.lookingAt()) {
        continue;
      }
      EvidenceRef ref = citation.ref().get();
      TextNode cited = node.splitText(citation.position());
      cited.splitText(token.end() - token.start());
      Element link =
          new Element("a").attr("href", "#" + anchor(ref.toString())).text(cited.getWholeText());
      cited.replaceWith(link);
    }
  }
}
