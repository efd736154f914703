package vn.thanhhoa.planmap.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thanhhoa.planmap.http.BadRequestException;
import vn.thanhhoa.planmap.http.Parameters;
import vn.thanhhoa.planmap.http.QueryParams;

class PageCursorTest {
  @ParameterizedTest
  @CsvSource({"roads, 0, pho-le-hoan, false", "roads, -5, a, true", "bench-1m, 2147483647, bench-1m-900001, false"})
  void aTokenReadsBackAsTheSameCursor(String layer, int order, String id, boolean before) {
    PageCursor c = new PageCursor(layer, order, id, before);
    assertEquals(c, PageCursor.parse(c.token(), List.of(layer), null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"***", "after/roads/1/x", "sideways/roads/1/pho", "after/roads/1/Pho", "after/roads/x/pho",
      "after/roads/99999999999/pho", "after/centres/1/pho", "after/roads/1/pho/extra", "after/roads--x/1/pho"})
  void anythingElseIsRefusedNamingTheCursor(String key) {
    String token = key.equals("***") || key.equals("after/roads/1/x") ? key
        : Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    BadRequestException e = assertThrows(BadRequestException.class,
        () -> PageCursor.parse(token, List.of("roads"), null));
    assertEquals("cursor", e.parameter());
  }

  private static Sorting sortby(String value) {
    return Sorting.read(new QueryParams(Map.of("sortby", List.of(value)), Parameters.of(Sorting.PARAMETER)));
  }

  private static String token(String key) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aSortedCursorCarriesItsOrderAndValuesAndReadsBack() {
    Sorting sorting = sortby("-next_due,name");
    String key = "after/roads/0/pho-le-hoan/-next_due,name,id/[null,\"Phố Lê Hoàn\",\"pho-le-hoan\"]";
    PageCursor c = PageCursor.parse(token(key), List.of("roads"), sorting);
    assertEquals("-next_due,name,id", c.sortby());
    assertEquals(c, PageCursor.parse(c.token(), List.of("roads"), sorting));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "after/roads/0/pho/name,id/[\"Phố\",\"pho\"]               | -next_due,name | another order",
      "after/roads/0/pho/name,id/[\"Phố\",\"pho\"]               |                | a cursor of sortby, none asked",
      "after/roads/1/pho                                            | name           | sortby asked, cursor without",
      "after/roads/0/pho/name,id/[\"Phố\"]                         | name           | too few values",
      "after/roads/0/pho/name,id/[null,\"pho\"]                    | name           | a null name",
      "after/roads/0/pho/next_due,id/[\"2026-02-30\",\"pho\"]     | next_due       | not a date",
      "after/roads/0/pho/name,id/{\"a\":1}                         | name           | not an array",
  })
  void aSortedCursorOfAnotherOrderOrWithValuesThatDoNotFitIsRefused(String key, String sortby, String why) {
    Sorting sorting = sortby == null ? null : sortby(sortby);
    BadRequestException e = assertThrows(BadRequestException.class,
        () -> PageCursor.parse(token(key), List.of("roads"), sorting), why);
    assertEquals("cursor", e.parameter());
  }
}
