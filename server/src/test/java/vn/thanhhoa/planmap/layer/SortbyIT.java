package vn.thanhhoa.planmap.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thanhhoa.planmap.support.PageLinks.href;
import static vn.thanhhoa.planmap.support.PageLinks.path;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thanhhoa.planmap.support.ProblemAssert;
import vn.thanhhoa.planmap.support.RawHttp;
import vn.thanhhoa.planmap.support.ServerPerClass;
import vn.thanhhoa.planmap.support.Sql;

/**
 * {@code sortby} on items: names in Vietnamese alphabetical order (with and without diacritics), the next due date
 * with places without one last, either direction; following {@code next} (or {@code prev}) through a sorted layer
 * returns every feature once in that order; offsets keep working; {@code /sortables} lists what may be named; an
 * unknown property is a 400 naming {@code sortby}, a cursor of another order a 400 naming {@code cursor}.
 */
class SortbyIT extends ServerPerClass {
  /** Names as planners write them, with and without diacritics, in the order of the Vietnamese alphabet. */
  private static final List<String> ALPHABETICAL = List.of("Ao Sen", "Ăn Uống", "Âu Cơ", "Bac Son", "Bắc Sơn",
      "Cau Da", "Cầu Đá", "Cửa Hữu", "Dong Hai", "Dốc Ga", "Đồi Thông", "Đông Hải", "Ma", "Mà", "Mả", "Mã", "Má",
      "Mạ", "ô Môi", "Ô Quan", "Ơn Trên");
  private static final String ONLY_INSERTED = "filter=" + enc("id LIKE 'sx-%'");

  @BeforeAll
  static void insertNamedPlaces() {
    List<String> shuffled = new ArrayList<>(ALPHABETICAL);
    Collections.shuffle(shuffled, new java.util.Random(14));
    for (int i = 0; i < shuffled.size(); i++) {
      insert(String.format("sx-%02d", i), "centres", shuffled.get(i));
    }
    // due dates (the tasks' deadlines, none reported) for eight of them, two on the same day; the others have none
    String[] tasks = {"III.1", "IV.1", "VII.2", "XI.1", "IX.4", "IX.2", "IV.10", "IV.9"};
    for (int i = 0; i < tasks.length; i++) {
      Sql.column(server.database.dataSource(), "INSERT INTO feature_task (feature_id, task_code) VALUES (?, ?)"
          + " RETURNING task_code", String.format("sx-%02d", 2 * i), tasks[i]);
    }
  }

  @Test
  void namesFollowTheVietnameseAlphabetAndDescendingReversesIt() {
    assertEquals(ALPHABETICAL, names(server.json("/collections/centres/items?limit=100&sortby=name&"
        + ONLY_INSERTED, 200)));
    List<String> reversed = new ArrayList<>(ALPHABETICAL);
    Collections.reverse(reversed);
    assertEquals(reversed, names(server.json("/collections/centres/items?limit=100&sortby=-name&"
        + ONLY_INSERTED, 200)));
  }

  @ParameterizedTest(name = "sortby={0}")
  @CsvSource({"next_due", "-next_due", "%2Bnext_due", "'next_due,-name'"})
  void theNextDueDateOrdersThePlacesAndThoseWithoutOneComeLast(String sortby) {
    JsonNode fc = server.json("/collections/centres/items?limit=1000&sortby=" + sortby + "&" + ONLY_INSERTED, 200);
    List<JsonNode> features = new ArrayList<>();
    fc.path("features").forEach(features::add);
    assertTrue(features.stream().anyMatch(f -> f.at("/properties/next_due").isNull()), "a place without a due date");
    assertTrue(features.stream().filter(f -> !f.at("/properties/next_due").isNull()).map(f -> f.at(
        "/properties/next_due").asText()).distinct().count() > 2, "places with several due dates");
    Comparator<String> due = sortby.startsWith("-") ? Comparator.reverseOrder() : Comparator.naturalOrder();
    List<JsonNode> expected = new ArrayList<>(features);
    expected.sort(Comparator.comparing((JsonNode f) -> f.at("/properties/next_due").isNull() ? null
        : f.at("/properties/next_due").asText(), Comparator.nullsLast(due)));
    assertEquals(dueDates(expected), dueDates(features), "sorted by next_due, nulls last");
    assertTrue(features.get(features.size() - 1).at("/properties/next_due").isNull());
  }

  @ParameterizedTest(name = "sortby={0}, limit={1}")
  @CsvSource({"'-next_due,name', 2", "next_due, 3", "name, 3", "'-name', 4"})
  void followingNextReturnsEveryFeatureOnceInTheSortedOrderAndPrevComesBack(String sortby, int limit) {
    String items = "/collections/centres/items?" + ONLY_INSERTED + "&sortby=" + enc(sortby);
    List<String> whole = ids(server.json(items + "&limit=1000", 200));
    assertTrue(whole.size() > 2 * limit, whole.toString());
    JsonNode page = server.json(items + "&limit=" + limit, 200);
    List<List<String>> pages = new ArrayList<>(List.of(ids(page)));
    while (href(page, "next") != null) {
      assertTrue(href(page, "next").contains("sortby="), "next keeps the order: " + href(page, "next"));
      page = server.json(path(href(page, "next")), 200);
      pages.add(ids(page));
    }
    assertEquals(whole, pages.stream().flatMap(List::stream).toList(), "every feature once, in order");
    List<List<String>> back = new ArrayList<>(List.of(ids(page)));
    while (href(page, "prev") != null) {
      page = server.json(path(href(page, "prev")), 200);
      back.add(0, ids(page));
    }
    assertEquals(pages, back, "the same pages, back to the first");
  }

  @Test
  void offsetPagesFollowTheSortedOrder() {
    String items = "/collections/centres/items?sortby=name&" + ONLY_INSERTED;
    List<String> whole = ids(server.json(items + "&limit=100", 200));
    assertEquals(whole.subList(4, 7), ids(server.json(items + "&limit=3&offset=4", 200)));
    JsonNode next = server.json(path(href(server.json(items + "&limit=3&offset=4", 200), "next")), 200);
    assertEquals(whole.subList(7, 10), ids(next), "an offset page's next link is a cursor in the same order");
  }

  @Test
  void sortablesListWhatSortbyMayName() {
    JsonNode doc = server.json("/collections/roads/sortables", 200);
    assertEquals(List.of("id", "name", "next_due"), fieldNames(doc.path("properties")));
    assertEquals("date", doc.at("/properties/next_due/format").asText());
    boolean linked = false;
    for (JsonNode l : server.json("/collections/roads", 200).path("links")) {
      linked |= l.path("rel").asText().equals("http://www.opengis.net/def/rel/ogc/1.0/sortables");
    }
    assertTrue(linked, "the collection links to its sortables");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "colour           | sortby",
      "name,-name       | sortby",
      "geometry         | sortby",
      "name%3BDROP      | sortby"})
  void anUnknownOrRepeatedPropertyIsRefusedNamingSortby(String sortby, String parameter) {
    JsonNode p = ProblemAssert.problem(RawHttp.send(server.port(), "GET", "/collections/roads/items?sortby=" + sortby,
        null), 400, parameter);
    assertTrue(p.path("allowed").toString().contains("next_due"), p.toString());
  }

  @Test
  void aCursorOfAnotherOrderIsRefusedNamingTheCursor() {
    String next = href(server.json("/collections/roads/items?limit=2&sortby=name", 200), "next");
    String cursor = next.substring(next.indexOf("cursor=") + 7).split("&")[0];
    ProblemAssert.problem(RawHttp.send(server.port(), "GET", "/collections/roads/items?limit=2&sortby=-name&cursor="
        + cursor, null), 400, "cursor");
    ProblemAssert.problem(RawHttp.send(server.port(), "GET", "/collections/roads/items?limit=2&cursor=" + cursor,
        null), 400, "cursor");
    assertNull(href(server.json("/collections/roads/items?limit=1000&sortby=name", 200), "next"));
  }

  private static void insert(String id, String layer, String name) {
    Sql.column(server.database.dataSource(), "INSERT INTO feature (id, layer_id, name, kind, accuracy, accuracy_class,"
        + " accuracy_m, geom, search_text, sort_order) SELECT ?, layer_id, ?, kind, accuracy, accuracy_class,"
        + " accuracy_m, geom, search_text, sort_order FROM feature WHERE layer_id = ? ORDER BY id LIMIT 1"
        + " RETURNING id", id, name, layer);
  }

  private static List<String> names(JsonNode fc) {
    List<String> out = new ArrayList<>();
    fc.path("features").forEach(f -> out.add(f.at("/properties/name").asText()));
    return out;
  }

  private static List<String> ids(JsonNode fc) {
    List<String> out = new ArrayList<>();
    fc.path("features").forEach(f -> out.add(f.path("id").asText()));
    return out;
  }

  private static List<String> dueDates(List<JsonNode> features) {
    return features.stream().map(f -> f.at("/properties/next_due").asText("null")).toList();
  }

  private static List<String> fieldNames(JsonNode object) {
    List<String> out = new ArrayList<>();
    object.fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
