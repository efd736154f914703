package vn.thanhhoa.planmap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.planmap.auth.Role;
import vn.thanhhoa.planmap.support.Browserless;
import vn.thanhhoa.planmap.support.SelfSignedCertificate;
import vn.thanhhoa.planmap.support.TestServer;

/**
 * The map on an office network, reached by a host name that is not localhost ({@code planmap.test}, mapped to
 * loopback by Chromium): over plain HTTP the sign-in sticks across a reload and the header says the connection
 * is not encrypted; over built-in HTTPS (a self-signed certificate made by openssl for this test) the sign-in
 * sticks and there is no such note.
 */
class OfficeNetworkMapIT {
  private static final String HOST = "planmap.test";
  private static SelfSignedCertificate certificate;
  private static TestServer plain;
  private static TestServer https;
  private static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    certificate = SelfSignedCertificate.make();
    plain = TestServer.start(TestServer.GEODATA, c -> c.withTileUrl(""));
    https = TestServer.start(TestServer.GEODATA, c -> c.withTileUrl("").withTls(certificate.tls()));
    for (TestServer s : List.of(plain, https)) {
      Browserless.account(s.database, "lan.reporter", Role.REPORTER, List.of("ubnd-thanh-pho-thanh-hoa"));
    }
    browser = Browser.start("--host-resolver-rules=MAP " + HOST + " 127.0.0.1", "--ignore-certificate-errors");
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    for (TestServer s : new TestServer[] {plain, https}) {
      if (s != null) {
        s.close();
      }
    }
  }

  @Test
  void overPlainHttpTheSignInSticksAndTheMapSaysItIsNotEncrypted() {
    String url = "http://" + HOST + ":" + plain.port() + "/";
    signInAndReload(url);
    assertTrue(browser.find("#pm-insecure").isDisplayed(), "the not-encrypted note");
    assertEquals("Kết nối không mã hóa", browser.find("#pm-insecure").getText());
    assertTrue(browser.find("#pm-insecure").getAttribute("title").contains("HTTP"));
    browser.screenshot("office-network-http");
    browser.find("#pm-lang").click();
    browser.waitFor("the English note", d -> browser.find("#pm-insecure").getText().equals("Connection not encrypted"));
    assertEquals(List.of(), browser.severeLogs(m -> false), "JavaScript console errors");
  }

  @Test
  void overBuiltInHttpsTheSignInSticksWithoutTheNote() {
    String url = "https://" + HOST + ":" + https.port() + "/";
    signInAndReload(url);
    assertFalse(browser.find("#pm-insecure").isDisplayed(), "no note over HTTPS");
    assertEquals(List.of(), browser.severeLogs(m -> false), "JavaScript console errors");
  }

  private static void signInAndReload(String url) {
    browser.driver.manage().deleteAllCookies();
    browser.open(url);
    assertTrue(browser.driver.getCurrentUrl().startsWith(url), browser.driver.getCurrentUrl());
    assertEquals("", browser.signIn("lan.reporter", Browserless.PASSWORD));
    browser.open(url);
    browser.waitFor("the header to show who is signed in", d -> !browser.findAll("#pm-user").isEmpty());
    assertEquals("lan.reporter", browser.find("#pm-user").getAttribute("title"), "still signed in after reloading");
  }
}
