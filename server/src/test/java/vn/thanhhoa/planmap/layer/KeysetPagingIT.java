package vn.thanhhoa.planmap.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thanhhoa.planmap.support.FeatureIds.inOrder;
import static vn.thanhhoa.planmap.support.PageLinks.href;
import static vn.thanhhoa.planmap.support.PageLinks.path;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.planmap.support.ProblemAssert;
import vn.thanhhoa.planmap.support.RawHttp;
import vn.thanhhoa.planmap.support.ServerPerClass;
import vn.thanhhoa.planmap.support.Sql;

/**
 * Following {@code next} (a keyset cursor after the last sort key) pages through a layer with every feature
 * exactly once, in the items' order, also when features are inserted or deleted between two pages, and keeps the
 * filters; a cursor that no {@code next} link carries is a 400 problem naming {@code cursor}.
 */
class KeysetPagingIT extends ServerPerClass {
  private static final String ORDER = "SELECT id FROM feature WHERE layer_id = ? ORDER BY sort_order, id";

  @Test
  void followingNextReturnsEveryFeatureOnceInOrder() {
    List<String> expected = Sql.column(server.database.dataSource(), ORDER, "roads");
    assertTrue(expected.size() >= 5, "roads has enough features for several pages: " + expected);
    JsonNode first = server.json("/collections/roads/items?limit=2", 200);
    List<String> seen = new ArrayList<>(inOrder(first));
    int pages = 1;
    for (String next = href(first, "next"); next != null; pages++) {
      assertTrue(next.contains("cursor=") && !next.contains("offset="), next);
      JsonNode page = server.json(path(next), 200);
      assertEquals(first.path("numberMatched"), page.path("numberMatched"), "numberMatched counts the whole layer");
      assertEquals(inOrder(page).size(), page.path("numberReturned").asInt());
      assertTrue(href(page, "prev").contains("cursor="), "a cursor page steps back by cursor");
      seen.addAll(inOrder(page));
      next = href(page, "next");
    }
    assertEquals(expected, seen);
    assertEquals((expected.size() + 1) / 2, pages, "no empty last page");
  }

  @Test
  void followingPrevFromTheLastPageReturnsThePagesInReverse() {
    List<String> expected = Sql.column(server.database.dataSource(), ORDER, "roads");
    JsonNode page = server.json("/collections/roads/items?limit=2", 200);
    List<List<String>> forwards = new ArrayList<>(List.of(inOrder(page)));
    while (href(page, "next") != null) {
      page = server.json(path(href(page, "next")), 200);
      forwards.add(inOrder(page));
    }
    List<List<String>> backwards = new ArrayList<>(List.of(inOrder(page)));
    while (href(page, "prev") != null) {
      page = server.json(path(href(page, "prev")), 200);
      backwards.add(0, inOrder(page));
    }
    assertEquals(forwards, backwards, "the same pages, back to the first");
    assertEquals(expected.subList(0, 2), backwards.get(0));
  }

  @Test
  void featuresInsertedAndDeletedBetweenPagesMoveNoOtherFeatureAcrossThePageBoundary() {
    String layer = "industrial-zones";
    List<String> before = Sql.column(server.database.dataSource(), ORDER, layer);
    assertTrue(before.size() >= 4, before.toString());
    JsonNode first = server.json("/collections/" + layer + "/items?limit=2", 200);
    List<String> seen = new ArrayList<>(inOrder(first));
    // one feature ahead of the cursor (sorts first), one behind it (sorts last), one deleted from a later page
    insert("kz-truoc-con-tro", layer, -1000);
    insert("kz-sau-con-tro", layer, 1_000_000);
    String deleted = before.get(3);
    Sql.column(server.database.dataSource(), "DELETE FROM feature WHERE id = ? RETURNING id", deleted);
    for (String next = href(first, "next"); next != null; ) {
      JsonNode page = server.json(path(next), 200);
      seen.addAll(inOrder(page));
      next = href(page, "next");
    }
    List<String> expected = new ArrayList<>(before);
    expected.remove(deleted);
    expected.add("kz-sau-con-tro");
    assertEquals(expected, seen, "every feature once: none repeated, none skipped");
    assertFalse(seen.contains("kz-truoc-con-tro"), "inserted ahead of the cursor: on a page already read");
  }

  @Test
  void nextKeepsTheFiltersAndTheCountOfTheFilteredFeatures() {
    String filter = "bbox=105.70,19.74,105.90,19.90";
    JsonNode first = server.json("/collections/roads/items?limit=1&" + filter, 200);
    long matched = first.path("numberMatched").asLong();
    assertTrue(matched >= 2, first.toString());
    List<String> seen = new ArrayList<>(inOrder(first));
    for (String next = href(first, "next"); next != null; ) {
      assertTrue(next.contains("bbox=105.70%2C19.74%2C105.90%2C19.90") || next.contains("bbox=105.70,19.74"), next);
      JsonNode page = server.json(path(next), 200);
      assertEquals(matched, page.path("numberMatched").asLong());
      seen.addAll(inOrder(page));
      next = href(page, "next");
    }
    assertEquals(matched, seen.size());
    assertEquals(seen.size(), seen.stream().distinct().count());
  }

  @Test
  void offsetPagesStillWorkAndTheirNextLinkIsACursor() {
    List<String> expected = Sql.column(server.database.dataSource(), ORDER, "roads");
    JsonNode second = server.json("/collections/roads/items?limit=2&offset=2", 200);
    assertEquals(expected.subList(2, 4), inOrder(second));
    assertNotNull(href(second, "prev"));
    JsonNode third = server.json(path(href(second, "next")), 200);
    assertEquals(expected.subList(4, Math.min(6, expected.size())), inOrder(third));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "not base64url           | ***",
      "no position             | bm9wZQ",
      "no direction            | NO_DIRECTION",
      "another layer           | CENTRES",
      "order out of range      | ORDER",
      "with offset             | WITH_OFFSET",
  })
  void aCursorThatNoNextLinkCarriesIsRefusedNamingIt(String what, String value) {
    String cursor = switch (value) {
      case "CENTRES" -> b64("after/centres/1/a");
      case "ORDER" -> b64("after/roads/99999999999/pho-le-hoan");
      case "WITH_OFFSET" -> b64("after/roads/1/pho-le-hoan") + "&offset=2";
      case "NO_DIRECTION" -> b64("roads/1/pho-le-hoan");
      default -> value;
    };
    RawHttp.Response r = RawHttp.send(server.port(), "GET", "/collections/roads/items?cursor=" + cursor, null);
    JsonNode p = ProblemAssert.problem(r, 400, "cursor");
    assertTrue(p.path("detail").asText().contains("cursor"), what + ": " + p);
  }

  private static void insert(String id, String layer, int sortOrder) {
    Sql.column(server.database.dataSource(), "INSERT INTO feature (id, layer_id, name, kind, accuracy, accuracy_class,"
        + " accuracy_m, geom, search_text, sort_order) SELECT ?, layer_id, name || ' (bản sao)', kind, accuracy,"
        + " accuracy_class, accuracy_m, geom, search_text, ? FROM feature WHERE layer_id = ? ORDER BY id LIMIT 1"
        + " RETURNING id", id, sortOrder, layer);
  }

  private static String b64(String s) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }
}
