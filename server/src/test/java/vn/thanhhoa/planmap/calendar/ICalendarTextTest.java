package vn.thanhhoa.planmap.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ICalendarTextTest {
  @Test
  void escapesBackslashSemicolonCommaAndNewlines() {
    assertEquals("a\\\\b\\;c\\,d\\ne\\nf", ICalendarText.escape("a\\b;c,d\r\ne\nf"));
  }

  @Test
  void foldsAt75OctetsWithoutSplittingAVietnameseCharacter() {
    String line = "SUMMARY:" + "Quy hoạch sáu trung tâm đô thị, Đại lộ Bắc Sông Mã ".repeat(6);
    String folded = ICalendarText.fold(line);
    assertTrue(folded.endsWith("\r\n"));
    String[] lines = folded.substring(0, folded.length() - 2).split("\r\n", -1);
    assertTrue(lines.length > 3, "a long line is folded");
    for (int i = 0; i < lines.length; i++) {
      int octets = lines[i].getBytes(StandardCharsets.UTF_8).length;
      assertTrue(octets <= 75, "line " + i + " has " + octets + " octets");
      if (i > 0) {
        assertTrue(lines[i].startsWith(" "), "a continuation starts with a space");
      }
    }
    StringBuilder unfolded = new StringBuilder(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      unfolded.append(lines[i].substring(1));
    }
    assertEquals(line, unfolded.toString(), "unfolding gives the line back, character for character");
  }

  @Test
  void aShortLineIsLeftWhole() {
    assertEquals("VERSION:2.0\r\n", ICalendarText.fold("VERSION:2.0"));
  }
}
