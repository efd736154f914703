package vn.thanhhoa.planmap.text;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PlainTextTest {
  @Test
  void controlCharactersLoneSurrogatesAndNoncharactersAreRefused() {
    for (String bad : new String[] {"a\u0000b", "a\u0007", "\u007f", "a\u0085b", "\uD800", "a\uDC00b", "x\uD800",
        "\uFFFF", "\uFFFE"}) {
      assertNotNull(PlainText.problem(bad, true), bad);
    }
  }

  @Test
  void lineBreaksOnlyInMultiLineText() {
    assertNull(PlainText.problem("dòng 1\r\ndòng 2\tcột", true));
    assertNotNull(PlainText.problem("dòng 1\ndòng 2", false));
    assertNull(PlainText.problem("a\tb", false));
  }

  @Test
  void vietnameseTextAndPairedSurrogatesAreFine() {
    assertNull(PlainText.problem("Thành phố Thanh Hóa — Cầu Hàm Rồng 🌏", false));
    assertNull(PlainText.problem(null, false));
  }
}
