package org.ascassure.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.ascassure.it.Api;
import org.ascassure.it.AscAssureServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** What an attacker would try against the UI: planted sessions, stored scripts, forged posts. */
@ExtendWith(AscAssureServer.class)
class SecurityBrowserIT {

  @RegisterExtension static BrowserSession session = new BrowserSession();

  private static final String PAYLOAD = "<script>alert('x')</script><img src=x onerror=alert(1)>";

  @Test
  void signingInGivesTheSessionANewId() {
    Browser browser = session.browser().open("admin/login.xhtml");
    String before = browser.cookie("JSESSIONID");
    assertThat(before).as("the login form already has a session").isNotNull();

    browser.signInAsAdmin();

    assertThat(browser.heading()).isEqualTo("Welcome, admin");
    assertThat(browser.cookie("JSESSIONID")).isNotNull().isNotEqualTo(before);
    assertThat(browser.cookieSameSite("JSESSIONID")).isEqualTo("Lax");
  }

  @Test
  void signingOutEndsTheSessionAndItsIdIsWorthNothingAfterwards() {
    Browser browser = session.browser().signInAsAdmin();
    browser.open("admin/councils/index.xhtml");
    String signedIn = browser.cookie("JSESSIONID");

    browser.click("signout:button");

    browser.waitForText(By.className("notice"), "You have signed out.");
    browser.open("admin/councils/index.xhtml");
    assertThat(browser.heading()).isEqualTo("Sign in");
    assertThat(browser.cookie("JSESSIONID")).isNotEqualTo(signedIn);
  }

  @Test
  void aStoredScriptIsShownAsTextAndNeverRuns() {
    long council = Api.newCouncil(PAYLOAD);
    Browser browser = session.browser().signInAsAdmin();

    browser.open("admin/councils/index.xhtml");
    assertThat(browser.alertShown()).isFalse();
    assertThat(browser.text(By.id("main"))).contains(PAYLOAD);
    browser.open("admin/councils/council.xhtml?id=" + council);
    assertThat(browser.alertShown()).isFalse();
    assertThat(browser.heading()).isEqualTo(PAYLOAD);
    assertThat(browser.value("council:name")).isEqualTo(PAYLOAD);
    assertThat(browser.policyViolations()).isEmpty();
  }

  @Test
  void aPostWithoutTheFormsViewStateChangesNothing() {
    long council = Api.newCouncil("Forged Council");
    Browser browser = session.browser().signInAsAdmin();
    browser.open("admin/councils/council.xhtml?id=" + council);

    // the signed-in browser posts the form's fields but not the token-like view state
    browser.script(
        "const done = arguments[arguments.length - 1];"
            + "const body = new URLSearchParams({'council':'council',"
            + " 'council:name':'Hijacked Council', 'council:onsCode':'E10000001',"
            + " 'council:type':'COUNTY_COUNCIL', 'council:region':'LONDON', 'council:save':''});"
            + "fetch(location.pathname + location.search, {method:'POST', body})"
            + ".then(r => done(r.status)).catch(e => done(String(e)));");

    assertThat(Api.asAdmin().get("api/v1/councils/" + council).object().getString("name"))
        .isEqualTo("Forged Council");
  }

  @Test
  void aFormSentWithoutItsNonceShowsAClearPageAndSavesNothing() {
    long council = Api.newCouncil("Nonce Council");
    Browser browser = session.browser().signInAsAdmin();
    browser.open("admin/councils/council.xhtml?id=" + council);
    browser.type("council:name", "Renamed Without Nonce");

    // as a browser without JavaScript would send it: PrimeFaces adds the nonce field by script
    browser.script(
        "document.querySelectorAll('input[name=\"primefaces.nonce\"]').forEach(e => e.remove());"
            + "arguments[arguments.length - 1](true);");
    browser.click("council:save");

    assertThat(browser.heading()).isEqualTo("Your form was not accepted");
    assertThat(browser.text(By.id("main"))).contains("nothing from it was saved");
    browser.assertAccessible();
    assertThat(Api.asAdmin().get("api/v1/councils/" + council).object().getString("name"))
        .isEqualTo("Nonce Council");
  }

  @Test
  void aForgedPostWithTheViewStateButAWrongOrMissingNonceIsRefusedWith403() {
    long council = Api.newCouncil("Forged Nonce Council");
    Browser browser = session.browser().signInAsAdmin();
    browser.open("admin/councils/council.xhtml?id=" + council);

    for (String nonce : new String[] {null, "forged-nonce"}) {
      Object answer =
          browser.script(
              "const done = arguments[arguments.length - 1];"
                  + "const data = new FormData(document.getElementById('council'));"
                  + (nonce == null
                      ? "data.delete('primefaces.nonce');"
                      : "data.set('primefaces.nonce', '" + nonce + "');")
                  + "data.set('council:name', 'Hijacked Council'); data.set('council:save', '');"
                  + "fetch(location.pathname + location.search,"
                  + " {method:'POST', body: new URLSearchParams(data)})"
                  + ".then(r => r.text().then(t => done(r.status + ' ' + t)))"
                  + ".catch(e => done(String(e)));");

      assertThat(answer.toString()).startsWith("403 ").contains("Your form was not accepted");
    }
    assertThat(Api.asAdmin().get("api/v1/councils/" + council).object().getString("name"))
        .isEqualTo("Forged Nonce Council");
  }

  @Test
  void repeatedWrongPasswordsPauseTheUserNameWithAClearMessage() {
    String username = "paused.ui" + System.nanoTime() % 100000;
    Api.newUser(username, "Paused-password-88", "LEAD");
    Browser browser = session.browser();
    for (int i = 0; i < 5; i++) {
      browser.signIn(username, "wrong-password-" + i);
    }

    browser.signIn(username, "Paused-password-88");

    assertThat(browser.heading()).isEqualTo("Sign in");
    assertThat(browser.messages())
        .singleElement()
        .asString()
        .startsWith("Too many failed sign-ins");
  }
}
