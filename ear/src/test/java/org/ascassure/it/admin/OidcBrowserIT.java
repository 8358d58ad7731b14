package org.ascassure.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.ascassure.it.Api;
import org.ascassure.it.AscAssureServer;
import org.ascassure.it.KeycloakServer;
import org.ascassure.it.KeycloakServer.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Signing in to the admin UI with the council's own identity provider (a real Keycloak), in a real
 * browser: through the provider's own login page and back, with what the person may see decided by
 * their memberships in ASC Assure.
 */
@ExtendWith({AscAssureServer.class, KeycloakServer.class})
class OidcBrowserIT {

  @RegisterExtension static BrowserSession session = new BrowserSession();

  @BeforeEach
  void signedOutOfTheIdentityProviderToo() {
    // the provider's own session cookie would otherwise sign the next test's person straight in
    session.browser().forgetEverySite();
  }

  @Test
  void aCouncilsLeadSignsInThroughTheirIdentityProviderAndSeesOnlyTheirCouncil() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    long own = Api.newCouncilWithoutMembers("Identity Borough " + suffix);
    Api.newCouncilWithoutMembers("Elsewhere Borough " + suffix);
    ensureUser(Person.LEAD.username);
    Api.grant(Person.LEAD.username, own, "LEAD");
    Browser browser = session.browser().open("admin/login.xhtml");
    browser.assertAccessible();
    String before = browser.cookie("JSESSIONID");
    assertThat(before).as("the sign-in page already has a session").isNotNull();

    browser.clickLink("Sign in with your council's identity provider");
    signInAtKeycloak(browser, Person.LEAD);

    assertThat(browser.heading()).isEqualTo("Welcome, kc.lead");
    assertThat(browser.cookie("JSESSIONID"))
        .as("signing in through the identity provider gives the session a new id")
        .isNotNull()
        .isNotEqualTo(before);
    assertThat(browser.text(By.className("caller"))).isEqualTo("Signed in as kc.lead");
    browser.open("admin/councils/index.xhtml");
    assertThat(browser.text(By.id("main")))
        .contains("Identity Borough " + suffix)
        .doesNotContain("Elsewhere Borough " + suffix)
        .doesNotContain("Add a council");
    browser.assertAccessible();
  }

  @Test
  void anAdministratorOfTheIdentityProviderManagesCouncils() {
    Browser browser = session.browser().open("admin/login.xhtml");

    browser.clickLink("Sign in with your council's identity provider");
    signInAtKeycloak(browser, Person.ADMIN);

    assertThat(browser.heading()).isEqualTo("Welcome, kc.admin");
    browser.open("admin/councils/index.xhtml");
    assertThat(browser.has(By.linkText("Add a council"))).isTrue();
  }

  @Test
  void signingOutEndsTheIdentityProvidersSessionSoTheNextPersonIsAskedWhoTheyAre() {
    Browser browser = session.browser().open("admin/login.xhtml");
    browser.clickLink("Sign in with your council's identity provider");
    signInAtKeycloak(browser, Person.ADMIN);
    assertThat(browser.heading()).isEqualTo("Welcome, kc.admin");
    // a page opened (rather than arrived at by redirects) is loaded whole, forms' nonces included
    browser.open("admin/index.xhtml");

    browser.click("signout:button");

    browser.waitForText(By.className("notice"), "You have signed out.");
    assertThat(browser.currentUrl()).contains("/admin/login.xhtml?signedOut=true");
    browser.clickLink("Sign in with your council's identity provider");
    // the provider asks for a password again instead of signing kc.admin straight back in
    assertThat(browser.text(By.id("kc-form-login"))).contains("Password");
    browser.open("admin/councils/index.xhtml");
    assertThat(browser.heading()).isEqualTo("Sign in");
  }

  @Test
  void aPersonInNoMappedGroupIsToldWhyAndNotSignedIn() {
    Browser browser = session.browser().open("admin/login.xhtml");

    browser.clickLink("Sign in with your council's identity provider");
    signInAtKeycloak(browser, Person.FINANCE);

    assertThat(browser.heading()).isEqualTo("Sign in");
    assertThat(browser.text(By.id("identity-provider-problem")))
        .contains("you are in none of the groups that give access to ASC Assure");
    browser.assertAccessible();
    browser.open("admin/councils/index.xhtml");
    assertThat(browser.heading()).isEqualTo("Sign in");
  }

  @Test
  void anAnswerThatThisBrowserDidNotAskForIsRefused() {
    Browser browser =
        session
            .browser()
            .open("admin/signin/identity-provider/callback?state=forged&code=stolen-code");

    assertThat(browser.heading()).isEqualTo("Sign in");
    assertThat(browser.text(By.id("identity-provider-problem")))
        .contains("did not work. Start again from this page.");
  }

  private static void signInAtKeycloak(Browser browser, Person person) {
    browser.type("username", person.username);
    browser.type("password", person.password);
    browser.click("kc-login");
  }

  private static void ensureUser(String username) {
    try {
      Api.userId(username);
    } catch (IllegalStateException absent) {
      Api.newUser(username, "Unused-password-" + UUID.randomUUID(), "LEAD");
    }
  }
}
