package vn.thanhhoa.planmap.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thanhhoa.planmap.http.BadRequestException;

class PageCursorTest {
  @ParameterizedTest
  @CsvSource({"roads, 0, pho-le-hoan, false", "roads, -5, a, true", "bench-1m, 2147483647, bench-1m-900001, false"})
  void aTokenReadsBackAsTheSameCursor(String layer, int order, String id, boolean before) {
    PageCursor c = new PageCursor(layer, order, id, before);
    assertEquals(c, PageCursor.parse(c.token(), List.of(layer)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"***", "after/roads/1/x", "sideways/roads/1/pho", "after/roads/1/Pho", "after/roads/x/pho",
      "after/roads/99999999999/pho", "after/centres/1/pho", "after/roads/1/pho/extra", "after/roads--x/1/pho"})
  void anythingElseIsRefusedNamingTheCursor(String key) {
    String token = key.equals("***") || key.equals("after/roads/1/x") ? key
        : Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    BadRequestException e = assertThrows(BadRequestException.class, () -> PageCursor.parse(token, List.of("roads")));
    assertEquals("cursor", e.parameter());
  }
}
