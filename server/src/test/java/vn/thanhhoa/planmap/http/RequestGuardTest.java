package vn.thanhhoa.planmap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestGuardTest {
  @ParameterizedTest
  @ValueSource(strings = {"%", "a%", "%z", "%zz", "%4", "%C3%28", "%ED%A0%80", "%FF", "%E1%BB"})
  void malformedEscapesAndBytesThatAreNotUtf8DecodeToNull(String raw) {
    assertNull(RequestGuard.decode(raw, true));
  }

  @Test
  void wellFormedEscapesDecode() {
    assertEquals("cầu đường", RequestGuard.decode("c%E1%BA%A7u+%C4%91%C6%B0%E1%BB%9Dng", true));
    assertEquals("a+b", RequestGuard.decode("a+b", false), "a plus is a plus in a path");
    assertEquals("🌏", RequestGuard.decode("%F0%9F%8C%8F", true));
    assertEquals("a\u0000b", RequestGuard.decode("a%00b", true), "decoded; PlainText refuses it");
  }
}
