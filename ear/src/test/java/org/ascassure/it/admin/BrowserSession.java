package org.ascassure.it.admin;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * One browser per test class; every test starts signed out; a failing test leaves a screenshot and
 * the page's HTML in {@code target/browser-failures}. Register after {@code AscAssureServer}.
 */
public class BrowserSession
    implements BeforeAllCallback, BeforeEachCallback, TestWatcher, AfterAllCallback {

  private Browser browser;

  public Browser browser() {
    return browser;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    browser = Browser.start();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    browser.open("admin/login.xhtml");
    browser.signOutByForgetting();
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    if (browser != null) {
      browser.screenshot(
          Path.of(System.getProperty("ascassure.it.dir", "target"), "browser-failures")
              .resolve(
                  context.getRequiredTestClass().getSimpleName()
                      + "."
                      + context.getRequiredTestMethod().getName()
                      + ".png"));
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (browser != null) {
      browser.close();
    }
  }
}
