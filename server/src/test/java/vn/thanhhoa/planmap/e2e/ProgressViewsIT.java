package vn.thanhhoa.planmap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The timeline and the dashboard in headless Chromium, drawn by Chart.js (served by planmap) from the
 * tasks of the API: every dated task on the axis with its timeliness, today's line, a click opening the
 * task's panel; the dashboard's counts equal to the API's; no console error.
 */
class ProgressViewsIT extends DesktopMapTest {

  private void openView(String view) {
    browser.open(server.url("/"));
    browser.visible("#pm-progress-open").click();
    if (!"timeline".equals(view)) {
      browser.visible("#pm-progress [data-view=" + view + "]").click();
    }
    browser.waitFor("the " + view + " to be drawn", d -> view.equals(browser.js("return document.getElementById('pm-progress').dataset.rendered")));
  }

  /** Whether the API calls the task overdue (its timeliness, or the older overdue flag). */
  private static boolean overdue(JsonNode task) {
    return task.has("timeliness") ? "overdue".equals(task.path("timeliness").asText()) : task.path("overdue").asBoolean();
  }

  @Test
  void theTimelineDrawsEveryDatedTaskWithTodayAndOpensATaskOnClick() {
    openView("timeline");
    JsonNode tasks = server.json("/tasks", 200).path("tasks");
    TreeSet<String> dated = new TreeSet<>();
    List<String> overdue = new ArrayList<>();
    for (JsonNode task : tasks) {
      if (!task.path("due_date").isNull()) {
        dated.add(task.path("code").asText());
      }
      if (overdue(task)) {
        overdue.add(task.path("code").asText());
      }
    }
    assertFalse(overdue.isEmpty(), "the fixture has overdue tasks");
    @SuppressWarnings("unchecked")
    Map<String, Object> chart = (Map<String, Object>) browser.js("""
        const c = Chart.getChart(document.getElementById('pm-timeline-canvas'));
        return {codes: c.data.datasets.flatMap((d) => d.data.map((p) => p.code)),
          overdue: (c.data.datasets.find((d) => d.label === 'Quá hạn') || {data: []}).data.map((p) => p.code),
          today: c.options.plugins.pmToday.value, rows: c.scales.y.ticks.length}""");
    @SuppressWarnings("unchecked")
    List<String> codes = (List<String>) chart.get("codes");
    assertEquals(dated.size(), codes.size(), "one point per dated task");
    assertEquals(dated, new TreeSet<>(codes), "every dated task, and only those");
    assertEquals(new TreeSet<>(overdue), new TreeSet<>((List<String>) chart.get("overdue")), "overdue tasks drawn as overdue");
    assertEquals(1795737600000L, ((Number) chart.get("today")).longValue(), "today's line on 27/11/2026");
    assertEquals(server.json("/tasks", 200).path("tasks").findValues("section").stream().map(JsonNode::asText).distinct().count(),
        ((Number) chart.get("rows")).longValue(), "a row per section");
    browser.screenshot("progress-01-timeline");
    String text = (String) browser.js("return document.getElementById('pm-progress-timeline').textContent");
    assertTrue(text.contains("Nhiệm vụ thường xuyên"), "undated tasks listed: " + text);

    String code = overdue.get(0);
    @SuppressWarnings("unchecked")
    List<Number> p = (List<Number>) browser.js("""
        const canvas = document.getElementById('pm-timeline-canvas');
        const c = Chart.getChart(canvas);
        for (let d = 0; d < c.data.datasets.length; d++) {
          const i = c.data.datasets[d].data.findIndex((x) => x.code === arguments[0]);
          if (i >= 0) {
            const el = c.getDatasetMeta(d).data[i];
            const r = canvas.getBoundingClientRect();
            return [r.left + el.x, r.top + el.y];
          }
        }
        return null;""", code);
    new Actions(browser.driver).moveToLocation(p.get(0).intValue(), p.get(1).intValue()).click().perform();
    browser.waitFor("the task's panel", d -> !browser.findAll("#pm-panel:not([hidden])").isEmpty());
    assertTrue(browser.find("#pm-progress").getAttribute("hidden") != null, "the overlay closes");
    assertTrue(browser.find("#pm-panel-title").getText().contains(code), browser.find("#pm-panel-title").getText());
  }

  @Test
  void theTimelineGroupsByLeadAgency() {
    openView("timeline");
    new Select(browser.find("#pm-timeline-by")).selectByValue("agency");
    String construction = server.json("/agencies/so-xay-dung", 200).path("agency").path("short_vi").asText();
    browser.waitFor("the agency rows", d -> Boolean.TRUE.equals(browser.js(
        "const c = Chart.getChart(document.getElementById('pm-timeline-canvas'));"
        + " return !!c && c.scales.y.ticks.some((t) => t.label === arguments[0])", construction)));
    long expected = 0;
    for (JsonNode task : server.json("/tasks", 200).path("tasks")) {
      if (!task.path("due_date").isNull()) {
        expected += Math.max(1, task.path("lead").size());
      }
    }
    assertEquals(expected, ((Number) browser.js("return Chart.getChart(document.getElementById('pm-timeline-canvas'))"
        + ".data.datasets.reduce((n, d) => n + d.data.length, 0)")).longValue(), "a point per dated task and lead agency");
  }

  @Test
  void theDashboardCountsWhatTheApiSays() {
    openView("dashboard");
    JsonNode tasks = server.json("/tasks", 200).path("tasks");
    long overdue = 0;
    long notReported = 0;
    for (JsonNode task : tasks) {
      overdue += overdue(task) ? 1 : 0;
      String progress = task.has("progress") ? task.path("progress").asText() : task.path("status").asText();
      notReported += "not_reported".equals(progress) ? 1 : 0;
    }
    assertEquals(String.valueOf(overdue), browser.find(".pm-dash-card[data-count=overdue] .pm-dash-number").getText());
    assertEquals(String.valueOf(notReported), browser.find(".pm-dash-card[data-count=not_reported] .pm-dash-number").getText());
    long sum = 0;
    for (String k : List.of("overdue", "late", "due_soon", "open", "on_time", "ongoing")) {
      sum += Long.parseLong(browser.find(".pm-dash-card[data-count=" + k + "] .pm-dash-number").getText());
    }
    assertEquals(tasks.size(), sum, "every task has one timeliness");
    assertTrue((Boolean) browser.js("return !!Chart.getChart(document.getElementById('pm-dash-agency'))"
        + " && !!Chart.getChart(document.getElementById('pm-dash-section'))"), "both charts drawn");
    browser.waitFor("the indicators", d -> !browser.findAll("#pm-dash-indicators tbody tr").isEmpty());
    assertEquals(server.json("/indicators", 200).path("indicators").size(), browser.findAll("#pm-dash-indicators tbody tr").size());
    browser.find(".pm-dash-section[data-by=agency] summary").click();
    String table = browser.find(".pm-dash-section[data-by=agency] table").getText();
    String construction = server.json("/agencies/so-xay-dung", 200).path("agency").path("short_vi").asText();
    assertTrue(table.contains(construction) && table.contains("Quá hạn"), table);
    browser.screenshot("progress-02-dashboard");
  }
}
