package vn.thanhhoa.planmap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import vn.thanhhoa.planmap.config.AppConfig;
import vn.thanhhoa.planmap.support.TestServer;

/**
 * What every browser test shares: the real server over the project's geodata and one headless Chromium,
 * both stopped after the class; and no JavaScript console error after any test, but those the test
 * provokes on purpose ({@link #expectedConsoleErrors}).
 */
abstract class MapBrowserTest {
  static TestServer server;
  static Browser browser;
  String testName;

  /** Starts the server (configured by the test class, e.g. its basemap) and the browser. */
  static void startServerAndBrowser(UnaryOperator<AppConfig> configure) {
    server = TestServer.start(TestServer.GEODATA, configure);
    browser = Browser.start();
  }

  /** No basemap: this machine has no internet, and its tile errors would fill the console. */
  static void startWithoutBasemap() {
    startServerAndBrowser(c -> c.withTileUrl(""));
  }

  @AfterAll
  static void stopServerAndBrowser() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void name(TestInfo info) {
    testName = info.getTestMethod().orElseThrow().getName();
  }

  /** Opens the map at {@code /} with this hash ({@code #sel=feature:…}, "" for none). */
  void open(String hash) {
    browser.open(server.url("/" + hash));
  }

  /** The text of the side panel, once it is shown. */
  String panelText() {
    return browser.visible("#pm-panel").getText();
  }

  /** Console messages this class's tests cause on purpose (an HTTP 401 they provoke …): none by default. */
  Predicate<String> expectedConsoleErrors() {
    return message -> false;
  }

  @AfterEach
  void noConsoleErrors() {
    assertEquals(List.of(), browser.severeLogs(expectedConsoleErrors()), testName + ": JavaScript console errors");
  }
}
