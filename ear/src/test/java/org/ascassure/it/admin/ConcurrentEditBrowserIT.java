package org.ascassure.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.ascassure.it.Api;
import org.ascassure.it.AscAssureServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Two people open the same part and both save: the second is shown both texts, keeps theirs in the
 * editor, merges and saves – and both people's words are in the history.
 */
@ExtendWith(AscAssureServer.class)
class ConcurrentEditBrowserIT {

  @RegisterExtension static BrowserSession session = new BrowserSession();

  @Test
  void theSecondSaveIsShownBothTextsAndTheMergeKeepsEveryonesWords() throws Exception {
    long council = Api.newCouncil("Tarnbridge Council");
    long sa = SelfAssessmentBrowserIT.startAsLead(council, "Self-assessment 2026");
    String part = "admin/self-assessments/part.xhtml?id=" + sa + "&slot=STATEMENT_PERFORMANCE:QS1";

    Browser first = session.browser().signIn(Api.LEAD, Api.password(Api.LEAD));
    first.open(part);
    try (Browser second = Browser.start()) {
      second.signInAsAdmin();
      second.open(part);

      first.typeInEditor("Alpha wrote about carers breaks.");
      first.click("part:save");
      assertThat(first.messages()).contains("Saved as revision 1 (5 words).");

      second.typeInEditor("Bravo wrote about reablement.");
      second.click("part:save");
      assertThat(second.text(By.id("conflict-heading")))
          .isEqualTo("Someone else changed this since you opened it");
      assertThat(second.text(By.id("their-text"))).isEqualTo("Alpha wrote about carers breaks.");
      assertThat(second.text(By.id("your-text"))).isEqualTo("Bravo wrote about reablement.");
      assertThat(second.text(By.cssSelector("#conflict-diff ins"))).contains("Bravo");
      assertThat(second.editorText())
          .as("nothing typed is lost")
          .isEqualTo("Bravo wrote about reablement.");
      second.assertAccessible();

      second.typeInEditor(" Alpha wrote about carers breaks.");
      second.click("part:save-merged");
      assertThat(second.messages()).contains("Saved as revision 2 (9 words).");
      assertThat(second.has(By.id("conflict-heading"))).isFalse();

      second.clickLink("Revision history");
      assertThat(second.heading())
          .isEqualTo("Revision history: QS1 – What is our performance and how do we know?");
      List<String> rows =
          List.of(
              second.text(By.cssSelector("#revisions tbody tr:nth-child(1)")),
              second.text(By.cssSelector("#revisions tbody tr:nth-child(2)")));
      assertThat(rows.get(0)).startsWith("2 admin").endsWith("9");
      assertThat(rows.get(1)).startsWith("1 demo.lead").endsWith("5");
      assertThat(second.text(By.cssSelector("#revision-diff ins"))).contains("Bravo");
      assertThat(second.text(By.id("diff-summary"))).contains("4 words added, 0 words removed");
      second.assertAccessible();

      second.choose(By.id("from"), "0 (empty start)");
      second.click("compare");
      assertThat(second.text(By.id("diff-summary")))
          .isEqualTo("From revision 0 to revision 2: 9 words added, 0 words removed.");
    }

    JsonObject latest =
        Api.as(Api.LEAD)
            .get("api/v1/self-assessments/" + sa + "/statements/QS1/narrative")
            .object();
    assertThat(latest.getString("text")).contains("Alpha", "carers", "Bravo", "reablement");
  }
}
