package org.ascassure.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.ascassure.devserver.PayaraDomain;
import org.ascassure.it.AscAssureServer;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium driving the admin UI the way a user does: by labels, buttons and what
 * the page says. Every page visited can be checked with axe for WCAG 2.1 AA problems.
 */
public final class Browser implements AutoCloseable {

  private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private final ChromeDriver driver;
  private final Path profile;
  private final WebDriverWait wait;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  /** Starts Chromium with a fresh profile; the binaries are Debian's unless told otherwise. */
  public static Browser start() throws IOException {
    Path profile = Files.createTempDirectory("ascassure-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("ascassure.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--lang=en-GB",
        "--window-size=1280,1024",
        "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(System.getProperty("ascassure.chromedriver", "/usr/bin/chromedriver")))
            .usingAnyFreePort()
            .build();
    return new Browser(new ChromeDriver(service, options), profile);
  }

  /** Opens a path of the product, such as {@code admin/councils/index.xhtml}. */
  public Browser open(String path) {
    driver.get(AscAssureServer.baseUri().resolve(path).toString());
    return this;
  }

  public Browser signIn(String user, String password) {
    open("admin/login.xhtml");
    type("login:username", user);
    type("login:password", password);
    click("login:submit");
    // wait for the answer to the sign-in: opening another page while it is in flight races it
    wait.until(
        ExpectedConditions.or(
            ExpectedConditions.presenceOfElementLocated(By.id("signout")),
            ExpectedConditions.presenceOfElementLocated(By.cssSelector("#messages li"))));
    return this;
  }

  public Browser signInAsAdmin() {
    return signIn(AscAssureServer.ADMIN_USER, AscAssureServer.adminPassword());
  }

  /** Forgets the signed-in session, as a new visitor. */
  public void signOutByForgetting() {
    driver.manage().deleteAllCookies();
  }

  /**
   * Forgets the cookies of every site, also those of other ports on the same host (such as an
   * identity provider's single sign-on session), which {@link #signOutByForgetting()} cannot reach.
   */
  public void forgetEverySite() {
    driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
  }

  public void type(String id, String text) {
    WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
    field.clear();
    field.sendKeys(text);
  }

  /** Types at the end of the page's rich-text editor, as a user typing into it. */
  public void typeInEditor(String text) {
    WebElement editor =
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector(".narrative-editor .ql-editor")));
    editor.click();
    editor.sendKeys(
        org.openqa.selenium.Keys.chord(
            org.openqa.selenium.Keys.CONTROL, org.openqa.selenium.Keys.END));
    editor.sendKeys(text);
  }

  /** Presses keys where the focus is, as a keyboard user does (no click, no element chosen). */
  public void keys(CharSequence... keys) {
    new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
  }

  /** The text in the page's rich-text editor. */
  public String editorText() {
    return wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".narrative-editor .ql-editor")))
        .getText();
  }

  public void click(String id) {
    click(By.id(id));
  }

  /** Clicks and waits for what the click sent to be answered (see {@link #settle}). */
  public void click(By element) {
    WebElement target = wait.until(ExpectedConditions.elementToBeClickable(element));
    WebElement page = watchForLeaving();
    target.click();
    settle(page);
  }

  public void clickLink(String text) {
    click(By.linkText(text));
  }

  /**
   * Marks the page so that a navigation started by the next action can be told apart from no
   * navigation at all: {@code beforeunload} fires as soon as a form post or a link starts to leave
   * the page, long before the answer replaces it.
   */
  private WebElement watchForLeaving() {
    WebElement page = driver.findElement(By.tagName("html"));
    driver.executeScript(
        "window.__ascLeaving = false;"
            + "window.addEventListener('beforeunload', function () {"
            + " window.__ascLeaving = true; }, { once: true });");
    return page;
  }

  /**
   * Waits until the answer to a click has arrived: a page it navigated to has replaced the old one
   * and finished loading, or the PrimeFaces (jQuery) requests it sent have all come back.
   * ChromeDriver waits only for navigations that have already started when the click returns; on a
   * loaded machine a post starts later, and a test then read the old page (CI saw "no message"
   * after a save). A navigation that never replaces the page (a download) ends the wait after the
   * usual 20 s without failing: the test's own assertions decide.
   */
  private void settle(WebElement page) {
    Object state =
        driver.executeScript(
            "return window.__ascLeaving ? 'leaving'"
                + " : (window.jQuery && jQuery.active > 0) ? 'ajax' : 'idle';");
    try {
      if ("leaving".equals(state)) {
        wait.until(ExpectedConditions.stalenessOf(page));
      } else if ("ajax".equals(state)) {
        wait.until(d -> Boolean.TRUE.equals(executeQuietly("return jQuery.active === 0;")));
      }
      wait.until(d -> "complete".equals(executeQuietly("return document.readyState;")));
    } catch (org.openqa.selenium.TimeoutException e) {
      // nothing replaced the page (a download, a refused navigation): the assertions decide
    }
  }

  private Object executeQuietly(String script) {
    try {
      return driver.executeScript(script);
    } catch (org.openqa.selenium.WebDriverException e) {
      return null; // the page is being replaced; ask again
    }
  }

  public void choose(By select, String visibleText) {
    new Select(wait.until(ExpectedConditions.elementToBeClickable(select)))
        .selectByVisibleText(visibleText);
  }

  public String chosen(By select) {
    return new Select(driver.findElement(select)).getFirstSelectedOption().getText();
  }

  public String value(String id) {
    return driver.findElement(By.id(id)).getDomProperty("value");
  }

  /** Chooses a file in a file input, as a user picking it from their disk. */
  public void attach(By fileInput, Path file) {
    driver.findElement(fileInput).sendKeys(file.toAbsolutePath().toString());
  }

  /** The visible text of every element found, in page order. */
  public List<String> texts(By elements) {
    return driver.findElements(elements).stream().map(WebElement::getText).toList();
  }

  /** The page's main heading. */
  public String heading() {
    return text(By.tagName("h1"));
  }

  public String currentUrl() {
    return driver.getCurrentUrl();
  }

  public String title() {
    return driver.getTitle();
  }

  /**
   * The visible text of an element, looked up again if the page was replaced between finding it and
   * reading it (a page still loading after a post).
   */
  public String text(By element) {
    return wait.ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              WebElement found = d.findElement(element);
              return found.isDisplayed() ? found.getText() : null;
            });
  }

  /** The messages the layout shows after an action, one string each. */
  public List<String> messages() {
    return driver.findElements(By.cssSelector("#messages li")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Where a link with this text leads. */
  public String href(String linkText) {
    return driver.findElement(By.linkText(linkText)).getDomAttribute("href");
  }

  /** Where the first element found (a link) leads. */
  public String href(By element) {
    return driver.findElement(element).getDomAttribute("href");
  }

  public boolean has(By element) {
    return !driver.findElements(element).isEmpty();
  }

  public void waitForText(By element, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(element, text));
  }

  /** What the browser refused to run or load because of the Content-Security-Policy. */
  public List<String> policyViolations() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
        .toList();
  }

  /** Runs a script in the page, as an attacker's page or a curious user might. */
  public Object script(String javascript) {
    return driver.executeAsyncScript(javascript);
  }

  public String cookie(String name) {
    org.openqa.selenium.Cookie cookie = driver.manage().getCookieNamed(name);
    return cookie == null ? null : cookie.getValue();
  }

  /** The SameSite attribute of a cookie as the browser keeps it (null if it has none). */
  public String cookieSameSite(String name) {
    org.openqa.selenium.Cookie cookie = driver.manage().getCookieNamed(name);
    return cookie == null ? null : cookie.getSameSite();
  }

  /** Whether the page raised a JavaScript alert, which a stored script would do. */
  public boolean alertShown() {
    try {
      driver.switchTo().alert().dismiss();
      return true;
    } catch (org.openqa.selenium.NoAlertPresentException none) {
      return false;
    }
  }

  /** No WCAG 2.1 A/AA violations on the page as it is now. */
  public void assertAccessible() {
    assertThat(policyViolations()).as("Content-Security-Policy violations").isEmpty();
    Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
    assertThat(results.getViolations())
        .as("axe violations on %s:%n%s", driver.getCurrentUrl(), describe(results.getViolations()))
        .isEmpty();
  }

  private static String describe(List<Rule> violations) {
    return violations.stream()
        .map(
            rule ->
                rule.getId()
                    + ": "
                    + rule.getHelp()
                    + " at "
                    + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", ")))
        .collect(Collectors.joining("\n"));
  }

  /**
   * Clicks the element whose id is given and waits for the download it starts to finish in {@code
   * dir} (Chromium writes a {@code .crdownload} file until it is complete); returns the file.
   */
  public Path download(String id, Path dir) throws IOException {
    driver.executeCdpCommand(
        "Browser.setDownloadBehavior",
        java.util.Map.of("behavior", "allow", "downloadPath", dir.toAbsolutePath().toString()));
    click(id);
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      try (var files = Files.list(dir)) {
        List<Path> done =
            files.filter(f -> !f.getFileName().toString().endsWith(".crdownload")).toList();
        boolean pending;
        try (var again = Files.list(dir)) {
          pending = again.anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
        }
        if (!done.isEmpty() && !pending) {
          return done.get(0);
        }
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
    }
    throw new AssertionError("no download finished in " + dir + " after clicking " + id);
  }

  /** Keeps what the browser showed, for a failed test's report. */
  public void screenshot(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      Files.writeString(
          file.resolveSibling(file.getFileName().toString().replace(".png", ".html")),
          driver.getPageSource());
    } catch (IOException | RuntimeException e) {
      System.err.println("no screenshot: " + e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try {
        PayaraDomain.deleteTree(profile);
      } catch (IOException e) {
        System.err.println("Chromium profile left at " + profile + ": " + e);
      }
    }
  }
}
