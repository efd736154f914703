package vn.thanhhoa.planmap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecurityHeadersTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "https://tile.openstreetmap.org/{z}/{x}/{y}.png       | https://tile.openstreetmap.org",
      "https://{s}.tile.example.vn/{z}/{x}/{y}.png          | https://*.tile.example.vn",
      "http://10.0.0.5:8080/tiles/{z}/{x}/{y}.png           | http://10.0.0.5:8080",
      "http://127.0.0.1:9/{z}/{x}/{y}.png?key=a;b           | http://127.0.0.1:9",
      "/tiles/{z}/{x}/{y}.png                               | ''",
      "''                                                   | ''",
      "javascript:alert(1)                                  | ''"})
  void theTileHostComesFromTheTemplate(String template, String origin) {
    assertEquals(origin, SecurityHeaders.tileOrigin(template));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"https://x.example/{z}/{x}/{y}.png", ""})
  void thePolicyForbidsFramingAndInlineScript(String template) {
    String p = new SecurityHeaders(template).policy();
    assertTrue(p.contains("frame-ancestors 'none'") && p.contains("script-src 'self';")
        && p.contains("object-src 'none'"), p);
  }
}
