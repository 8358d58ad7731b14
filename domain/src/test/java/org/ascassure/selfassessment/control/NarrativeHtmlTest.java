package org.ascassure.selfassessment.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NarrativeHtmlTest {

  @Test
  void scriptsHandlersAndStylesAreRemovedOnWrite() {
    String safe =
        NarrativeHtml.sanitise(
            "<p onclick=\"x()\">Waiting <strong>fell</strong><script>alert(1)</script>"
                + "<img src=x onerror=alert(1)><a href=\"javascript:alert(1)\">here</a></p>"
                + "<style>p{}</style>");
    assertThat(safe).doesNotContain("script", "onerror", "onclick", "javascript", "<img", "style");
    assertThat(safe).contains("<strong>fell</strong>");
  }

  @Test
  void linksToWebPagesStayAndAreMarkedNofollow() {
    assertThat(NarrativeHtml.sanitise("<p><a href=\"https://example.org/x\">report</a></p>"))
        .contains("href=\"https://example.org/x\"")
        .contains("rel=\"nofollow\"");
  }

  @Test
  void emptyEditorOutputIsStoredAsEmpty() {
    assertThat(NarrativeHtml.sanitise("<p><br></p>")).isEmpty();
  }

  @Test
  void textPutsEachBlockOnItsOwnLine() {
    assertThat(NarrativeHtml.text("<p>One <em>two</em></p><ul><li>three</li><li>four</li></ul>"))
        .isEqualTo("One two\nthree\nfour");
    assertThat(NarrativeHtml.words("<p>One <em>two</em></p><p>three</p>")).isEqualTo(3);
  }
}
