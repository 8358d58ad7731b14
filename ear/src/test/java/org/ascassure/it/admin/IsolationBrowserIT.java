package org.ascassure.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ascassure.it.Api;
import org.ascassure.it.AscAssureServer;
import org.ascassure.it.api.KpiFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Another council's pages and downloads, opened by address, look exactly like ones that do not
 * exist: same status, same heading, same words, and nothing of the other council on them. The pages
 * and downloads are one table below: another council's address next to a missing one.
 */
@ExtendWith(AscAssureServer.class)
class IsolationBrowserIT {

  @RegisterExtension static BrowserSession session = new BrowserSession();

  private static final String OUTCOME =
      "{\"framework\":\"cqc-la-2023\",\"publishedOn\":\"2025-05-01\",\"scores\":{\"QS2\":1}}";

  /** An id nothing has. */
  private static final long MISSING = 987654321L;

  /** Words every record of the other council carries, so that a leak shows. */
  private static final String[] SECRET = {"Neighbouring", "Secret"};

  /** One page or download: how it is addressed for the other council and for nothing. */
  record Address(String what, String hidden, String missing) {}

  /** The other council's records, made through the API by an administrator. */
  record Other(
      long council,
      long outcome,
      long selfAssessment,
      long evidence,
      long plan,
      long workstream,
      long action,
      long snapshot,
      long kpi,
      long submission,
      long provider) {

    List<Address> pages() {
      long sa = selfAssessment;
      return List.of(
          page("council", "councils/council.xhtml?id=%d", council),
          page("published outcome", "assessments/assessment.xhtml?id=%d", outcome),
          page("self-assessment", "self-assessments/self-assessment.xhtml?id=%d", sa),
          page(
              "part editor",
              "self-assessments/part.xhtml?id=%d&slot=STATEMENT_PERFORMANCE:QS2",
              sa),
          page("review thread", "self-assessments/part.xhtml?id=%d&slot=KEY_RISKS", sa),
          page("published version", "self-assessments/version.xhtml?id=%d&number=1", sa),
          page("version history", "self-assessments/history.xhtml?id=%d&slot=KEY_RISKS", sa),
          page("citations", "self-assessments/citations.xhtml?id=%d", sa),
          page("review queue", "reviews/queue.xhtml?council=%d", council),
          page("evidence bank", "evidence/index.xhtml?council=%d", council),
          page("evidence item", "evidence/item.xhtml?id=%d", evidence),
          page("improvement plan", "improvement/plan.xhtml?id=%d", plan),
          page("plan dashboard", "improvement/dashboard.xhtml?id=%d", plan),
          page("plan snapshots", "improvement/snapshots.xhtml?id=%d", plan),
          page("workstream", "improvement/workstream.xhtml?id=%d", workstream),
          page("action", "improvement/action.xhtml?id=%d", action),
          page("KPI", "kpis/kpi.xhtml?id=%d", kpi),
          page("KPI definition", "kpis/edit.xhtml?id=%d", kpi),
          page("KPI submission", "kpis/submission.xhtml?id=%d", submission),
          page("providers", "providers/index.xhtml?council=%d", council),
          page("provider", "providers/provider.xhtml?id=%d", provider),
          page("quality dashboard", "providers/quality.xhtml?council=%d", council),
          page("finding themes", "providers/themes.xhtml?council=%d", council),
          page("provider import", "providers/import.xhtml?council=%d", council));
    }

    List<Address> downloads() {
      return List.of(
          page("outcome PDF", "assessments/document?id=%d", outcome),
          page("self-assessment PDF", "self-assessments/document?id=%d", selfAssessment),
          page(
              "published version PDF", "self-assessments/document?id=%d&version=1", selfAssessment),
          page("self-assessment Word", "self-assessments/docx?id=%d", selfAssessment),
          page("evidence file", "evidence/file?id=%d", evidence),
          page("evidence bank export", "evidence/export?council=%d&format=csv", council),
          new Address(
              "plan report",
              "admin/improvement/report?plan=" + plan + "&snapshot=" + snapshot,
              "admin/improvement/report?plan=" + MISSING + "&snapshot=" + MISSING),
          new Address(
              "plan workbook",
              "admin/improvement/workbook?plan=" + plan + "&snapshot=" + snapshot,
              "admin/improvement/workbook?plan=" + MISSING + "&snapshot=" + MISSING));
    }

    private static Address page(String what, String pattern, long id) {
      return new Address(
          what, "admin/" + String.format(pattern, id), "admin/" + String.format(pattern, MISSING));
    }
  }

  private static long id(Api.Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.object().getJsonNumber("id").longValue();
  }

  private static Other otherCouncil() {
    Api admin = Api.asAdmin();
    long council = Api.newCouncilWithoutMembers("Neighbouring Secret Council");
    long outcome = id(admin.post("api/v1/councils/" + council + "/assessments", OUTCOME));
    long sa =
        id(
            admin.post(
                "api/v1/councils/" + council + "/self-assessments",
                "{\"title\":\"Secret self-assessment\",\"periodLabel\":\"2025/26\"}"));
    String narrative = "api/v1/self-assessments/" + sa + "/statements/QS2/narrative";
    Api.Reply written =
        Api.asAdmin()
            .header("If-Match", admin.get(narrative).header("ETag"))
            .put(narrative, "{\"html\":\"<p>Secret waiting list figures.</p>\"}");
    assertThat(written.status()).as(written.body()).isEqualTo(200);
    id(
        admin.post(
            "api/v1/self-assessments/" + sa + "/narratives/KEY_RISKS/reviews",
            "{\"verdict\":\"QUERIED\",\"text\":\"Secret question\"}"));
    Api.Reply published = admin.post("api/v1/self-assessments/" + sa + "/versions", "{}");
    assertThat(published.status()).as(published.body()).isEqualTo(201);
    long evidence =
        id(
            admin.post(
                "api/v1/councils/" + council + "/evidence",
                "{\"title\":\"Secret survey\",\"categories\":[\"PROCESSES\"],"
                    + "\"statements\":[\"QS2\"]}"));
    Api.Reply file =
        Api.asAdmin()
            .header("If-Match", "\"1\"")
            .send(
                "PUT",
                "api/v1/evidence/" + evidence + "/file?filename=secret.txt",
                "Secret survey results",
                "text/plain");
    assertThat(file.status()).as(file.body()).isLessThan(300);
    long plan =
        id(
            admin.post(
                "api/v1/councils/" + council + "/improvement-plans",
                "{\"title\":\"Secret plan\",\"assessmentId\":" + outcome + "}"));
    long workstream =
        id(
            admin.post(
                "api/v1/improvement-plans/" + plan + "/workstreams",
                "{\"title\":\"Secret workstream\",\"costLow\":1000,\"costHigh\":2000}"));
    long action =
        id(
            admin.post(
                "api/v1/workstreams/" + workstream + "/actions",
                "{\"title\":\"Secret action\",\"owner\":\"secret.owner\",\"startOn\":\"2025-06-01\","
                    + "\"dueOn\":\"2026-06-01\",\"statementCodes\":[\"QS2\"]}"));
    long snapshot =
        id(
            admin.post(
                "api/v1/improvement-plans/" + plan + "/snapshots",
                "{\"audience\":\"MONTHLY_BOARD\"}"));
    long kpi = KpiFixture.newKpi(council, "Secret KPI");
    long submission = KpiFixture.submit(kpi, KpiFixture.month(1), "Alder Care", 40, 50);
    long provider =
        id(
            admin.post(
                "api/v1/councils/" + council + "/providers",
                "{\"cqcLocationId\":\"1-7001\",\"name\":\"Secret Care Home\","
                    + "\"serviceType\":\"CARE_HOME_NURSING\"}"));
    return new Other(
        council,
        outcome,
        sa,
        evidence,
        plan,
        workstream,
        action,
        snapshot,
        kpi,
        submission,
        provider);
  }

  /** Status and body of a GET with the browser's session. */
  private static List<Object> fetch(Browser browser, String path) {
    Object answer =
        browser.script(
            "const done = arguments[arguments.length - 1];"
                + "fetch('/"
                + path
                + "').then(r => r.text().then(t => done([r.status, t])))"
                + ".catch(e => done([-1, String(e)]));");
    @SuppressWarnings("unchecked")
    List<Object> pair = (List<Object>) answer;
    return List.of(((Number) pair.get(0)).intValue(), pair.get(1));
  }

  @Test
  void aFernshireLeadOpeningAnotherCouncilsPagesGetsThePageNotFoundPage() {
    Other other = otherCouncil();
    long own = Api.newCouncil("Lead's Own Council");
    Browser browser = session.browser().signIn(Api.LEAD, "Fernshire-lead-2026");

    browser.open("admin/councils/council.xhtml?id=" + own);
    assertThat(browser.heading()).isEqualTo("Lead's Own Council");

    List<String> wrong = new ArrayList<>();
    for (Address page : other.pages()) {
      browser.open(page.missing());
      String missingTitle = browser.title();
      String missingText = browser.text(By.id("main"));
      int missingStatus = (Integer) fetch(browser, page.missing()).get(0);
      browser.open(page.hidden());
      String body = browser.text(By.tagName("body"));
      int status = (Integer) fetch(browser, page.hidden()).get(0);

      if (!browser.heading().equals("Page not found")
          || !browser.title().equals(missingTitle)
          || !browser.text(By.id("main")).equals(missingText)
          || status != 404
          || missingStatus != 404) {
        wrong.add(
            page.what()
                + ": "
                + status
                + " '"
                + browser.heading()
                + "' where a missing one gives "
                + missingStatus
                + " '"
                + missingTitle
                + "'");
      }
      for (String word : SECRET) {
        if (body.contains(word)) {
          wrong.add(page.what() + " shows '" + word + "'");
        }
      }
    }
    // every hidden page above is the one page-not-found page: axe checks it once
    browser.assertAccessible();
    for (Address download : other.downloads()) {
      List<Object> hidden = fetch(browser, download.hidden());
      List<Object> missing = fetch(browser, download.missing());
      if (!hidden.get(0).equals(404) || !missing.get(0).equals(404)) {
        wrong.add(
            download.what()
                + ": "
                + hidden.get(0)
                + " where a missing one gives "
                + missing.get(0));
      }
      for (String word : SECRET) {
        if (((String) hidden.get(1)).contains(word)) {
          wrong.add(download.what() + " sends '" + word + "'");
        }
      }
    }
    assertThat(wrong).as("pages and downloads that answer otherwise than not found").isEmpty();
  }
}
