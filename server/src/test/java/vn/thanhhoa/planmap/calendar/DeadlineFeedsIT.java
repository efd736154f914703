package vn.thanhhoa.planmap.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.planmap.auth.Role;
import vn.thanhhoa.planmap.support.Browserless;
import vn.thanhhoa.planmap.support.MediaType;
import vn.thanhhoa.planmap.support.ServerPerClass;
import vn.thanhhoa.planmap.support.Sql;

/** The iCalendar feeds, read back by ical4j (an independent RFC 5545 parser and validator). */
class DeadlineFeedsIT extends ServerPerClass {
  @BeforeAll
  static void accounts() {
    Browserless.account(server.database, "city.reporter", Role.REPORTER, List.of("ubnd-thanh-pho-thanh-hoa"));
  }

  private static Calendar parse(String path) throws Exception {
    var r = server.get(path);
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("text/calendar; charset=utf-8", r.headers().firstValue("Content-Type").orElse("").toLowerCase());
    for (String line : r.body().split("\r\n")) {
      assertTrue(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, "folded: " + line);
    }
    assertFalse(r.body().replace("\r\n", "").contains("\n"), "every line ends with CRLF");
    Calendar calendar = new CalendarBuilder().build(new StringReader(r.body()));
    calendar.validate();
    return calendar;
  }

  private static Map<String, VEvent> byUid(Calendar c) {
    Map<String, VEvent> out = new HashMap<>();
    for (VEvent e : c.<VEvent>getComponents("VEVENT")) {
      assertTrue(out.put(text(e, Property.UID), e) == null, "unique UIDs");
    }
    return out;
  }

  private static String text(VEvent e, String property) {
    return e.getProperty(property).map(p -> p.getValue()).orElse("");
  }

  @Test
  void theFeedHasOneAllDayEventPerDatedTask() throws Exception {
    Map<String, VEvent> events = byUid(parse("/deadlines.ics"));
    List<String> dated = Sql.column(server.database.dataSource(), "SELECT code FROM task WHERE due_date IS NOT NULL");
    TreeSet<String> expected = new TreeSet<>();
    dated.forEach(c -> expected.add("task-" + c + "@planmap"));
    assertEquals(expected, new TreeSet<>(events.keySet()), "one event per dated task, none for ongoing tasks");
    VEvent iv10 = events.get("task-IV.10@planmap");
    assertEquals("20230331", text(iv10, Property.DTSTART));
    assertEquals("20230401", text(iv10, Property.DTEND), "all day: the next day, exclusive");
    assertTrue(iv10.getProperty(Property.DTSTART).orElseThrow().getParameter("VALUE").map(p -> p.getValue())
        .orElse("").equals("DATE"), "an all-day date");
    assertTrue(text(iv10, Property.SUMMARY).startsWith("IV.10 · Xây dựng Đề án phát triển 6 trung tâm"), text(iv10, Property.SUMMARY));
    String description = text(iv10, Property.DESCRIPTION);
    assertTrue(description.contains("Đơn vị chủ trì: UBND thành phố Thanh Hóa"), description);
    assertTrue(description.contains("Thời gian báo cáo: Quý I/2023"), description);
    assertTrue(description.contains("Sản phẩm: Đề án"), description);
    assertTrue(description.contains("Quá hạn 1.337 ngày"), description);
    assertTrue(description.contains("/#sel=task:IV.10"), "a link to the task: " + description);
    assertTrue(text(iv10, Property.URL).endsWith("/#sel=task:IV.10"));
  }

  @Test
  void aChangeRaisesTheSequenceAndTheStampSoCalendarsReplaceTheEvent() throws Exception {
    VEvent before = byUid(parse("/deadlines.ics")).get("task-IX.5@planmap");
    int sequence = Integer.parseInt(text(before, Property.SEQUENCE));
    var r = new Browserless(server.url("")).signedIn("city.reporter").write("POST", "/tasks/IX.5/reports",
        "{\"status\":\"in_progress\",\"report_date\":\"2026-11-20\"}");
    assertEquals(201, r.statusCode(), r.body());
    VEvent after = byUid(parse("/deadlines.ics")).get("task-IX.5@planmap");
    assertEquals(sequence + 1, Integer.parseInt(text(after, Property.SEQUENCE)));
    assertTrue(text(after, Property.DTSTAMP).compareTo(text(before, Property.DTSTAMP)) > 0, "a later stamp");
    assertTrue(text(after, Property.DESCRIPTION).contains("Đang triển khai"), text(after, Property.DESCRIPTION));
  }

  @Test
  void anAgencysFeedHoldsTheDatedTasksItLeadsOrPartnersOn() throws Exception {
    Map<String, VEvent> events = byUid(parse("/agencies/so-xay-dung/deadlines.ics"));
    TreeSet<String> expected = new TreeSet<>();
    Sql.column(server.database.dataSource(), "SELECT DISTINCT t.code FROM task t JOIN task_agency ta ON"
        + " ta.task_code = t.code WHERE ta.agency_id = 'so-xay-dung' AND t.due_date IS NOT NULL")
        .forEach(c -> expected.add("task-" + c + "@planmap"));
    assertFalse(expected.isEmpty());
    assertEquals(expected, new TreeSet<>(events.keySet()));
    assertEquals(404, server.get("/agencies/no-such-agency/deadlines.ics").statusCode());
    assertEquals(400, server.get("/deadlines.ics?x=1").statusCode(), "the feeds take no parameter");
    assertEquals("text/calendar", MediaType.of(server.get("/deadlines.ics")));
  }
}
