package vn.thanhhoa.planmap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatTest {
  @ParameterizedTest(name = "{0} → html {1}")
  @CsvSource(delimiter = '|', value = {
      "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | true",
      "application/json                                              | false",
      "application/geo+json, application/json;q=0.9                  | false",
      "application/json, text/html;q=0.5                             | false",
      "text/html;q=0.4, application/json;q=0.3                       | true",
      "*/*                                                           | false",
  })
  void browsersGetHtmlProgramsGetJson(String accept, boolean html) {
    assertEquals(html, Format.prefersHtml(accept));
  }
}
