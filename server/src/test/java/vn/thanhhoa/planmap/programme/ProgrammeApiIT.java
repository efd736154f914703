package vn.thanhhoa.planmap.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thanhhoa.planmap.support.ProjectGeodata;
import vn.thanhhoa.planmap.support.ServerPerClass;
import vn.thanhhoa.planmap.support.Sql;

/** /tasks, /tasks/{code}, /agencies, /indicators and /search over the project's real programme data. */
class ProgrammeApiIT extends ServerPerClass {



  private static Set<String> codes(JsonNode body) {
    Set<String> codes = new TreeSet<>();
    body.path("tasks").forEach(t -> codes.add(t.path("code").asText()));
    return codes;
  }

  private static Set<String> sql(String query, Object... params) {
    return new TreeSet<>(Sql.column(server.database.dataSource(), query, params));
  }

  @Test
  void listsEveryTaskWithItsSections() {
    JsonNode body = server.json("/tasks", 200);
    assertEquals(sql("SELECT code FROM task"), codes(body));
    assertEquals(ProjectGeodata.sections(), body.path("sections").size());
    JsonNode iv10 = null;
    for (JsonNode t : body.path("tasks")) {
      if (t.path("code").asText().equals("IV.10")) {
        iv10 = t;
      }
    }
    assertEquals("Quý I/2023", iv10.path("deadline_text").asText());
    assertEquals("2023-03-31", iv10.path("due_date").asText());
    assertEquals("not_reported", iv10.path("progress").asText());
    assertEquals("overdue", iv10.path("timeliness").asText());
    assertEquals(1337, iv10.path("days_overdue").asInt());
    assertEquals(-1337, iv10.path("days_left").asInt(), "31/03/2023 is 1337 days before 27/11/2026");
    assertEquals(ProjectGeodata.linkedTo("IV.10"), iv10.path("places").size(), "the centres, its places");
  }

  @Test
  void filtersBySectionLeadDatesOverdueOngoingAndText() {
    assertEquals(sql("SELECT code FROM task WHERE section = 'VI'"), codes(server.json("/tasks?section=VI", 200)));
    assertEquals(sql("SELECT task_code FROM task_agency WHERE role = 'lead' AND agency_id = 'so-xay-dung'"),
        codes(server.json("/tasks?lead=so-xay-dung", 200)));
    assertEquals(sql("SELECT code FROM task WHERE due_date <= '2022-06-30'"),
        codes(server.json("/tasks?due_before=2022-06-30", 200)));
    assertEquals(sql("SELECT code FROM task WHERE due_date >= '2022-12-31'"),
        codes(server.json("/tasks?due_after=2022-12-31", 200)));
    assertEquals(sql("SELECT code FROM task WHERE due_date < '2026-11-27'"), codes(server.json("/tasks?overdue=true",
        200)), "nothing is reported in this class: every past-due task is overdue");
    assertEquals(sql("SELECT code FROM task WHERE due_date < '2026-11-27'"),
        codes(server.json("/tasks?timeliness=overdue", 200)));
    assertEquals(sql("SELECT code FROM task WHERE due_date IS NULL OR due_date >= '2026-11-27'"),
        codes(server.json("/tasks?overdue=false", 200)));
    assertEquals(sql("SELECT code FROM task WHERE due_date IS NULL"), codes(server.json("/tasks?ongoing=true", 200)));
    assertTrue(codes(server.json("/tasks?q=bac%20song%20ma", 200)).contains("VI.2"));
  }

  @Test
  void oneTaskCarriesItsLinkedFeaturesAsGeoJson() {
    JsonNode t = server.json("/tasks/VI.2", 200);
    assertEquals("VI.2", t.path("code").asText());
    assertEquals("FeatureCollection", t.path("features").path("type").asText());
    Set<String> ids = new TreeSet<>();
    t.path("features").path("features").forEach(f -> ids.add(f.path("id").asText()));
    assertEquals(sql("SELECT feature_id FROM feature_task WHERE task_code = 'VI.2'"), ids);
    assertTrue(ids.contains("dai-lo-bac-song-ma"));
    assertEquals(404, server.get("/tasks/XX.1").statusCode());
  }

  @Test
  void agenciesAreOneNormalizedList() {
    JsonNode agencies = server.json("/agencies", 200).path("agencies");
    Set<String> ids = new TreeSet<>();
    agencies.forEach(a -> ids.add(a.path("id").asText()));
    assertEquals(agencies.size(), ids.size(), "no agency twice");
    assertTrue(ids.contains("so-ke-hoach-dau-tu"));
    for (JsonNode a : agencies) {
      assertFalse(a.path("name_vi").asText().endsWith(","), a.toString());
      assertFalse(a.path("name_en").asText().isBlank(), a.toString());
    }
  }

  @Test
  void indicatorsCarrySectionYearAndUnit() {
    JsonNode indicators = server.json("/indicators", 200).path("indicators");
    assertEquals(ProjectGeodata.indicators(), indicators.size(), "every indicator of geodata/programme");
    boolean growth = false;
    for (JsonNode i : indicators) {
      assertFalse(i.path("unit").asText().isBlank());
      assertTrue(i.path("section").asText().startsWith("II"));
      growth |= i.path("value").asDouble() == 15.3;
    }
    assertTrue(growth, "growth 15.3 %/year 2021–2025");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"dai%20lo%20bac%20song%20ma", "%C4%90%E1%BA%A0I%20L%E1%BB%98%20B%E1%BA%AEC%20S%C3%94NG%20M%C3%83",
      "bac%20song%20ma"})
  void searchFindsDaiLoBacSongMaFirst(String q) {
    JsonNode results = server.json("/search?q=" + q, 200).path("results");
    JsonNode first = results.get(0);
    assertEquals("feature", first.path("kind").asText(), results.toString());
    assertEquals("dai-lo-bac-song-ma", first.path("id").asText(), results.toString());
    assertEquals("roads", first.path("layer").asText());
    assertEquals(4, first.path("bbox").size());
  }

  @Test
  void searchAlsoFindsTasksAndAgencies() {
    JsonNode tasks = server.json("/search?q=trung%20tam%20ham%20rong", 200).path("results");
    Set<String> kinds = new TreeSet<>();
    tasks.forEach(r -> kinds.add(r.path("kind").asText()));
    assertTrue(kinds.contains("task"), tasks.toString());
    JsonNode agency = server.json("/search?q=so%20ke%20hoach", 200).path("results").get(0);
    assertEquals("agency", agency.path("kind").asText());
    assertEquals("so-ke-hoach-dau-tu", agency.path("id").asText());
  }
}
