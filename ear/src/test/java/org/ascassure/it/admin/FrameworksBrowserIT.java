package org.ascassure.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.ascassure.it.Api;
import org.ascassure.it.AscAssureServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Administrators manage framework versions in the browser: copy one into a draft, edit it, publish
 * it, retire it; nobody else sees a draft or the forms; a change someone else made in between is
 * never overwritten. Every version here has a code of its own (the tests share one database) and
 * the versions loaded by migration are only ever copied.
 */
@ExtendWith(AscAssureServer.class)
class FrameworksBrowserIT {

  @RegisterExtension static BrowserSession session = new BrowserSession();

  private static final String CQC = "cqc-la-2023";

  /** A framework code nobody else uses, such as it-fw-3f2a9c1b. */
  private static String uniqueCode() {
    return "it-fw-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String frameworkPage(String code) {
    return "admin/frameworks/framework.xhtml?code=" + code;
  }

  private static String statementPage(String code, String statement) {
    return "admin/frameworks/statement.xhtml?code=" + code + "&statement=" + statement;
  }

  /** The row of the frameworks list showing a code. */
  private static By rowOf(String code) {
    return By.xpath("//table[@id='frameworks']//tr[td/code[normalize-space()='" + code + "']]");
  }

  /** A draft copy of the CQC framework, made through the API; returns its ETag. */
  private static String apiDraft(String code, String name) {
    Api.Reply created =
        Api.asAdmin()
            .post(
                "api/v1/frameworks",
                "{\"copyOf\":\""
                    + CQC
                    + "\",\"code\":\""
                    + code
                    + "\",\"name\":\""
                    + name
                    + "\",\"versionLabel\":\"IT\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.header("ETag");
  }

  @Test
  void anAdministratorCopiesEditsPublishesAndRetiresAVersion() {
    String code = uniqueCode();
    String name = "Framework " + code;
    Browser browser = session.browser().signInAsAdmin().open("admin/frameworks/index.xhtml");
    assertThat(browser.text(rowOf(CQC))).contains("In use");
    browser.assertAccessible();

    // a copy of the CQC framework, as a draft
    browser.choose(
        By.id("version:copyOf"), "CQC local authority assessment framework (cqc-la-2023, In use)");
    browser.type("version:code", code);
    browser.type("version:name", name);
    browser.type("version:versionLabel", "2026");
    browser.click("version:add");

    assertThat(browser.heading()).isEqualTo(name);
    assertThat(browser.messages())
        .containsExactly(
            "The draft "
                + code
                + " has been added as a copy of cqc-la-2023. Only administrators see it until it"
                + " is published.");
    assertThat(browser.text(By.id("status"))).startsWith("Draft");
    assertThat(browser.text(By.id("main"))).contains("Copied from", CQC, "History");
    browser.assertAccessible();

    // a theme renamed in place
    assertThat(browser.value("structure:themes:0:title")).isEqualTo("Working with people");
    browser.type("structure:themes:0:title", "People first");
    browser.click("structure:themes:0:save");

    assertThat(browser.messages()).containsExactly("The theme is now called 'People first'.");
    assertThat(browser.text(By.id("theme-WORKING_WITH_PEOPLE"))).isEqualTo("People first");
    browser.type("categories:list:0:name", "What people tell us");
    browser.click("categories:list:0:save");

    assertThat(browser.messages())
        .containsExactly("The evidence category is now called 'What people tell us'.");
    assertThat(browser.value("categories:list:0:name")).isEqualTo("What people tell us");
    assertThat(browser.text(By.id("theme-WORKING_WITH_PEOPLE"))).isEqualTo("People first");

    // a statement's title and other names
    browser.click(By.cssSelector("a[aria-label='Edit QS3']"));
    assertThat(browser.heading()).isEqualTo("QS3 Equity in experience and outcomes");
    browser.assertAccessible();
    browser.type("statement:title", "Equity in access and outcomes");
    browser.type("statement:aliases", "Fair access\nEquity of outcomes\n");
    browser.click("statement:save");

    assertThat(browser.heading()).isEqualTo(name);
    assertThat(browser.messages()).containsExactly("The statement QS3 has been saved.");
    assertThat(browser.text(By.id("main")))
        .contains("Equity in access and outcomes", "Also called: Equity of outcomes, Fair access");

    // the Leadership theme emptied: the draft cannot be published, and the page says why
    for (String statement : new String[] {"QS8", "QS9"}) {
      browser.open(statementPage(code, statement));
      browser.click("removal:remove");
      assertThat(browser.text(By.id("confirm"))).contains("Remove " + statement);
      browser.click("removal:confirmRemove");
      assertThat(browser.messages())
          .containsExactly("The statement " + statement + " has been taken out of " + code + ".");
    }
    assertThat(browser.text(By.id("problems")))
        .contains("The theme 'Leadership' has no statements.");
    browser.click("lifecycle:publish");

    assertThat(browser.messages())
        .containsExactly(
            "The framework version cannot be published.",
            "The theme 'Leadership' has no statements.");
    assertThat(browser.text(By.id("status"))).startsWith("Draft");
    browser.assertAccessible();

    // a statement added to it: first without a title, which is named at its field
    browser.choose(By.id("newStatement:theme"), "Leadership");
    browser.type("newStatement:code", "qs10");
    browser.type("newStatement:aliases", "Well led");
    browser.click("newStatement:add");

    assertThat(browser.messages())
        .containsExactly("The statement cannot be added.", "The title is required.");
    assertThat(browser.has(By.cssSelector("[id='newStatement:title'][aria-invalid='true']")))
        .isTrue();
    assertThat(browser.value("newStatement:code")).isEqualTo("qs10");
    browser.assertAccessible();
    browser.type("newStatement:title", "Well-led adult social care");
    browser.click("newStatement:add");

    assertThat(browser.messages()).containsExactly("The statement QS10 has been added.");
    assertThat(browser.text(By.xpath("//section[h2[@id='theme-LEADERSHIP']]")))
        .contains("QS10", "Well-led adult social care", "Also called: Well led");
    assertThat(browser.has(By.id("problems"))).isFalse();
    // before publishing, the administrator reads what the draft changes from its source
    assertThat(
            browser.texts(By.cssSelector("[id='differences'] tbody tr")).stream()
                .map(row -> row.replaceAll("\\s+", " ").strip())
                .toList())
        .containsExactly(
            "Theme WORKING_WITH_PEOPLE Title Working with people People first",
            "Statement QS3 Title Equity in experience and outcomes Equity in access and outcomes",
            "Statement QS3 Other names Equity of outcomes, Fair access",
            "Statement QS10 Added Well-led adult social care",
            "Statement QS8 Taken out Governance, management and sustainability",
            "Statement QS9 Taken out Learning, improvement and innovation",
            "Evidence category PEOPLES_EXPERIENCE Name People's experience What people tell us");

    // published: in use, and only statements' other names can change
    browser.click("lifecycle:publish");

    assertThat(browser.messages())
        .containsExactly(code + " is now in use: new self-assessments can start with it.");
    assertThat(browser.text(By.id("status"))).isEqualTo("In use");
    assertThat(browser.has(By.id("details:name"))).isFalse();
    assertThat(browser.has(By.id("structure:themes:0:title"))).isFalse();
    browser.assertAccessible();

    browser.click(By.cssSelector("a[aria-label='Edit other names of QS1']"));
    assertThat(browser.heading()).isEqualTo("QS1 Assessing needs");
    assertThat(browser.text(By.id("fixed-hint")))
        .contains("Copy the version to change what a statement says.");
    assertThat(browser.has(By.id("statement:title"))).isFalse();
    assertThat(browser.has(By.id("removal:remove"))).isFalse();
    browser.assertAccessible();
    browser.type("statement:aliases", "Needs assessment");
    browser.click("statement:save");

    assertThat(browser.messages()).containsExactly("The statement QS1 has been saved.");
    assertThat(browser.text(By.id("main"))).contains("Also called: Needs assessment");

    // the list shows each version's status and what it was copied from
    browser.open("admin/frameworks/index.xhtml");
    assertThat(browser.text(rowOf(code))).contains(name, "2026", "In use", CQC);
    assertThat(browser.text(rowOf(CQC))).contains("In use");

    // retired, after confirming: kept as it was
    browser.open(frameworkPage(code));
    browser.click("lifecycle:retire");
    assertThat(browser.text(By.id("confirm"))).contains("Retire " + code + "?");
    browser.assertAccessible();
    browser.click("lifecycle:confirmRetire");

    assertThat(browser.messages())
        .containsExactly(
            code + " is retired: no new self-assessment starts with it. It stays readable.");
    assertThat(browser.text(By.id("status"))).startsWith("Retired");
    assertThat(browser.has(By.id("lifecycle:retire"))).isFalse();
    assertThat(browser.has(By.cssSelector("a[aria-label^='Edit']"))).isFalse();
    assertThat(browser.text(By.id("history"))).contains("UPDATE");
    browser.assertAccessible();

    browser.open("admin/frameworks/index.xhtml");
    assertThat(browser.text(rowOf(code))).contains("Retired");
  }

  @Test
  void aLeadNeitherSeesDraftsNorIsOfferedChanges() {
    String draft = uniqueCode();
    apiDraft(draft, "Draft " + draft);
    String inUse = uniqueCode();
    String etag = apiDraft(inUse, "In use " + inUse);
    Api.Reply published =
        Api.asAdmin()
            .header("If-Match", etag)
            .send("POST", "api/v1/frameworks/" + inUse + "/publish", null, "application/json");
    assertThat(published.status()).as(published.toString()).isEqualTo(200);

    Browser browser =
        session
            .browser()
            .signIn(Api.LEAD, Api.password(Api.LEAD))
            .open("admin/frameworks/index.xhtml");
    assertThat(browser.has(rowOf(inUse))).isTrue();
    assertThat(browser.has(rowOf(draft))).isFalse();
    assertThat(browser.has(By.id("version:add"))).isFalse();
    browser.assertAccessible();

    browser.open(frameworkPage(draft));
    assertThat(browser.heading()).isEqualTo("Page not found");

    browser.open(frameworkPage(inUse));
    assertThat(browser.heading()).isEqualTo("In use " + inUse);
    assertThat(browser.text(By.id("status"))).isEqualTo("In use");
    assertThat(browser.has(By.id("lifecycle:retire"))).isFalse();
    assertThat(browser.has(By.cssSelector("a[aria-label^='Edit other names']"))).isFalse();
    browser.assertAccessible();

    browser.open(statementPage(inUse, "QS1"));
    assertThat(browser.heading()).isEqualTo("You cannot open this page");

    // tidy: the draft goes, the version in use is retired
    String draftTag = Api.asAdmin().get("api/v1/frameworks/" + draft).header("ETag");
    Api.asAdmin()
        .header("If-Match", draftTag)
        .send("DELETE", "api/v1/frameworks/" + draft, null, null);
    String inUseTag = Api.asAdmin().get("api/v1/frameworks/" + inUse).header("ETag");
    Api.asAdmin()
        .header("If-Match", inUseTag)
        .send("POST", "api/v1/frameworks/" + inUse + "/retire", null, "application/json");
  }

  @Test
  void aSaveOverSomeoneElsesChangeIsRefusedAndNothingIsLost() {
    String code = uniqueCode();
    apiDraft(code, "Draft " + code);
    Browser browser = session.browser().signInAsAdmin().open(statementPage(code, "QS2"));
    browser.type("statement:title", "Mine: living healthier lives");

    // meanwhile a colleague changes the same statement through the API
    Api.Reply theirs = Api.asAdmin().get("api/v1/frameworks/" + code);
    Api.Reply changed =
        Api.asAdmin()
            .header("If-Match", theirs.header("ETag"))
            .put(
                "api/v1/frameworks/" + code + "/statements/QS2",
                "{\"title\":\"Theirs: healthier lives\",\"scored\":true,\"aliases\":[]}");
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

    browser.click("statement:save");

    assertThat(browser.messages())
        .anySatisfy(message -> assertThat(message).contains("changed by someone else"));
    assertThat(browser.value("statement:title")).isEqualTo("Mine: living healthier lives");
    assertThat(qs2Title(code)).isEqualTo("Theirs: healthier lives");
    browser.assertAccessible();

    // the draft deleted, after confirming
    browser.open(frameworkPage(code));
    assertThat(browser.text(By.id("main"))).contains("Theirs: healthier lives");
    browser.click("lifecycle:delete");
    assertThat(browser.text(By.id("confirm"))).contains("Delete the draft " + code + "?");
    browser.assertAccessible();
    browser.click("lifecycle:confirmDelete");

    assertThat(browser.heading()).isEqualTo("Frameworks");
    assertThat(browser.messages()).containsExactly("The draft " + code + " has been deleted.");
    assertThat(browser.has(rowOf(code))).isFalse();
    assertThat(Api.asAdmin().get("api/v1/frameworks/" + code).status()).isEqualTo(404);
  }

  private static String qs2Title(String code) {
    JsonObject framework = Api.asAdmin().get("api/v1/frameworks/" + code).object();
    return framework.getJsonArray("themes").getValuesAs(JsonObject.class).stream()
        .flatMap(t -> t.getJsonArray("qualityStatements").getValuesAs(JsonObject.class).stream())
        .filter(s -> s.getString("code").equals("QS2"))
        .findFirst()
        .orElseThrow()
        .getString("title");
  }
}
