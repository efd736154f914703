package vn.thanhhoa.planmap.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by the system chromedriver (never a downloaded driver), with its
 * console log collected so a test can fail on any JavaScript error, and screenshots saved under
 * {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  final ChromeDriver driver;
  private final Path profile;
  private final List<LogEntry> errors = new ArrayList<>();

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** A new browser with a fresh profile and a 1280×860 window. */
  static Browser start() {
    return start(new String[0]);
  }

  /** A new browser as {@link #start()}, with more Chromium switches (host resolver rules …). */
  static Browser start(String... extraArguments) {
    try {
      Path profile = Files.createTempDirectory("planmap-chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM);
      options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
          "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
          "--user-data-dir=" + profile, "--window-size=1280,860", "--lang=vi-VN", "--hide-scrollbars");
      options.addArguments(extraArguments);
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.BROWSER, Level.ALL);
      options.setCapability("goog:loggingPrefs", logs);
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
      return new Browser(driver, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads the page afresh (not a same-document hash change) and waits until the map says it is ready. */
  void open(String url) {
    open(url, "window.planmap && window.planmap.ready");
  }

  /** Loads a page afresh and waits until {@code readyExpression} (JavaScript) is true, e.g. a page other than the map. */
  void open(String url, String readyExpression) {
    driver.get("about:blank");
    driver.get(url);
    waitFor("the page to be ready (" + readyExpression + ")",
        d -> Boolean.TRUE.equals(js("return !!(" + readyExpression + ")")));
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> findAll(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /**
   * Waits up to 15 s for the condition, failing with what was awaited. An element redrawn while the condition
   * reads it (stale) counts as "not yet", as a missing one does.
   */
  void waitFor(String what, Predicate<ChromeDriver> condition) {
    new WebDriverWait(driver, Duration.ofSeconds(15)).withMessage("waiting for " + what)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> condition.test((ChromeDriver) d));
  }

  WebElement visible(String css) {
    return new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  /**
   * Clicks the map element of a feature with a real mouse click, at a point where that element is the
   * topmost thing on the page (not a badge or a neighbour drawn over it).
   */
  void clickFeature(String featureId) {
    List<Number> point = pointOf(featureId);
    new Actions(driver).moveToLocation(point.get(0).intValue(), point.get(1).intValue()).click().perform();
  }

  /** Moves the mouse over a feature (at a point where it is topmost), without clicking. */
  void hoverFeature(String featureId) {
    List<Number> point = pointOf(featureId);
    new Actions(driver).moveToLocation(point.get(0).intValue(), point.get(1).intValue()).perform();
  }

  private List<Number> pointOf(String featureId) {
    @SuppressWarnings("unchecked")
    List<Number> point = (List<Number>) js("""
        const els = [...document.querySelectorAll('#map [data-feature="' + arguments[0] + '"]')]
            .filter((el) => !el.closest('.pm-badge-marker'));
        for (const el of els) {
          const r = el.getBoundingClientRect();
          for (let i = 1; i < 24; i++) {
            for (let j = 1; j < 24; j++) {
              const x = r.left + (r.width * i) / 24, y = r.top + (r.height * j) / 24;
              const hit = document.elementFromPoint(x, y);
              if (hit && (hit === el || el.contains(hit))) {
                return [x, y];
              }
            }
          }
        }
        return null;""", featureId);
    if (point == null) {
      throw new AssertionError("no visible, unobstructed point of feature " + featureId + " on the map");
    }
    return point;
  }

  /**
   * Signs in through the header's dialog; returns the dialog's error text ("" when the sign-in worked and
   * the header shows the user).
   */
  String signIn(String username, String password) {
    if (findAll("#pm-login-dialog[open]").isEmpty()) {
      visible("#pm-signin").click();
    }
    WebElement user = visible("#pm-login-user");
    user.clear();
    user.sendKeys(username);
    WebElement pw = find("#pm-login-password");
    pw.clear();
    pw.sendKeys(password);
    find("#pm-login-submit").click();
    waitFor("the sign-in to answer", d -> !findAll("#pm-user").isEmpty()
        || !find("#pm-login-error").getText().isEmpty());
    return findAll("#pm-user").isEmpty() ? find("#pm-login-error").getText() : "";
  }

  /** Sets an input's value as a person would have picked it (date inputs are locale-dependent to type into). */
  void setValue(String css, String value) {
    js("const el = document.querySelector(arguments[0]); el.value = arguments[1];"
        + " el.dispatchEvent(new Event('input', {bubbles: true})); el.dispatchEvent(new Event('change', {bubbles: true}));",
        css, value);
  }

  /** Saves a PNG of the viewport as target/screenshots/{name}.png. */
  Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Emulates a device viewport (CSS pixels) through the DevTools protocol; null width ends it. */
  void viewport(Integer width, Integer height) {
    if (width == null) {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
      return;
    }
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
        "deviceScaleFactor", 1, "mobile", true));
  }

  /**
   * The console's SEVERE entries since the last call, except those {@code expected} accepts (a test
   * names exactly the network errors it provokes).
   */
  List<String> severeLogs(Predicate<String> expected) {
    List<String> out = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !expected.test(entry.getMessage())) {
        errors.add(entry);
        out.add(entry.getMessage());
      }
    }
    return out;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (var walk = Files.walk(profile)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // a temp folder left behind
      }
    }
  }
}
